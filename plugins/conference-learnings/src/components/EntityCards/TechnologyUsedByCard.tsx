import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { TECHNOLOGIES_ANNOTATION } from '@conference-learnings/plugin-conference-learnings-common';
import Typography from '@material-ui/core/Typography';
import { stringifyEntityRef } from '@backstage/catalog-model';
import useAsync from 'react-use/esm/useAsync';
import { conferenceLearningsApiRef } from '../../api';
import { plural } from '../shared';
import { TechnologyUsersTable } from './TechnologyUsersTable';

/** Users of the technology listed at most. */
const USERS_SHOWN = 100;

/** "Used by" on a Technology page: which entities use it, and how they say so. */
export function TechnologyUsedByCard() {
  const { entity } = useEntity();
  const api = useApi(conferenceLearningsApiRef);
  const technologyRef = stringifyEntityRef(entity);
  const title = entity.metadata.title ?? entity.metadata.name;
  const { value, loading, error } = useAsync(
    () => api.listTechnologyUsers(technologyRef, { limit: USERS_SHOWN }),
    [api, technologyRef],
  );

  let content: JSX.Element;
  if (error) content = <ResponseErrorPanel error={error} />;
  else if (loading || !value) content = <Progress />;
  else if (value.items.length === 0) {
    content = (
      <Typography variant="body2">
        Nothing in the catalog declares that it uses {title}. Components, APIs,
        resources and systems declare it with the annotation{' '}
        <code>
          {TECHNOLOGIES_ANNOTATION}: {entity.metadata.name}
        </code>
        , a tag naming it, or a well-known plugin annotation.
      </Typography>
    );
  } else {
    content = (
      <TechnologyUsersTable
        users={value.items}
        label={`Entities using ${title}`}
        showTechnology={false}
      />
    );
  }
  return (
    <InfoCard
      title="Used by"
      subheader={
        value && value.totalCount
          ? `${plural(value.totalCount, 'entity', 'entities')} use ${title}${
              value.totalCount > value.items.length
                ? `; the first ${value.items.length} shown`
                : ''
            }`
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
