import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef, useEntity } from '@backstage/plugin-catalog-react';
import {
  RELATION_TECHNOLOGY_USED_BY,
  TECHNOLOGIES_ANNOTATION,
} from '@conference-learnings/plugin-conference-learnings-common';
import Typography from '@material-ui/core/Typography';
import { stringifyEntityRef } from '@backstage/catalog-model';
import useAsync from 'react-use/esm/useAsync';
import { plural, relationTargets } from '../shared';
import { findTechnologyUsers } from './technologyUsers';
import { TechnologyUsersTable } from './TechnologyUsersTable';

/** "Used by" on a Technology page: which entities use it, and how they say so. */
export function TechnologyUsedByCard() {
  const { entity } = useEntity();
  const catalogApi = useApi(catalogApiRef);
  const technologyRef = stringifyEntityRef(entity);
  const title = entity.metadata.title ?? entity.metadata.name;
  const userCount = relationTargets(entity, RELATION_TECHNOLOGY_USED_BY).length;
  const { value, loading, error } = useAsync(
    () =>
      userCount
        ? findTechnologyUsers(catalogApi, [technologyRef], [entity])
        : Promise.resolve({ users: [], totalCount: 0 }),
    [catalogApi, technologyRef, entity, userCount],
  );

  let content: JSX.Element;
  if (error) content = <ResponseErrorPanel error={error} />;
  else if (loading || !value) content = <Progress />;
  else if (value.users.length === 0) {
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
        users={value.users}
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
              value.totalCount > value.users.length
                ? `; the first ${value.users.length} shown`
                : ''
            }`
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
