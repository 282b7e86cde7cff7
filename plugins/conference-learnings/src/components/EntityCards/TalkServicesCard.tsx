import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { RELATION_COVERS_TECHNOLOGY } from '@conference-learnings/plugin-conference-learnings-common';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { conferenceLearningsApiRef } from '../../api';
import { plural, relationTargets } from '../shared';
import { TechnologyUsersTable } from './TechnologyUsersTable';

/** Services listed at most. */
const SERVICES_SHOWN = 100;

/** "Services using these technologies": who in the organisation could use this talk. */
export function TalkServicesCard() {
  const { entity } = useEntity();
  const api = useApi(conferenceLearningsApiRef);
  const talkRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.listTalkServices(talkRef, { limit: SERVICES_SHOWN }),
    [api, talkRef],
  );

  let content: JSX.Element;
  if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (loading || !value) {
    content = <Progress />;
  } else if (value.items.length === 0) {
    content = (
      <Typography variant="body2">
        {relationTargets(entity, RELATION_COVERS_TECHNOLOGY).length === 0
          ? 'This talk covers no technology in the catalog, so no service is matched to it.'
          : 'No component, API, resource or system in the catalog declares the technologies this talk covers.'}
      </Typography>
    );
  } else {
    content = (
      <TechnologyUsersTable
        users={value.items}
        label="Services using the technologies of this talk"
        showTechnology
      />
    );
  }
  return (
    <InfoCard
      title="Services using these technologies"
      subheader={
        value && value.totalCount > 0
          ? `${plural(value.totalCount, 'entity', 'entities')}${
              value.totalCount > value.items.length
                ? `, the first ${value.items.length} shown`
                : ''
            }`
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
