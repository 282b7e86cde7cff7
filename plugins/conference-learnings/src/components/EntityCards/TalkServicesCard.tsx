import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef, useEntity } from '@backstage/plugin-catalog-react';
import { RELATION_COVERS_TECHNOLOGY } from '@conference-learnings/plugin-conference-learnings-common';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { plural, relationTargets } from '../shared';
import { findTechnologyUsers } from './technologyUsers';
import { TechnologyUsersTable } from './TechnologyUsersTable';

/** "Services using these technologies": who in the organisation could use this talk. */
export function TalkServicesCard() {
  const { entity } = useEntity();
  const catalogApi = useApi(catalogApiRef);
  const technologies = relationTargets(entity, RELATION_COVERS_TECHNOLOGY);
  const key = technologies.join(' ');
  const { value, loading, error } = useAsync(
    () => findTechnologyUsers(catalogApi, technologies),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [catalogApi, key],
  );

  let content: JSX.Element;
  if (technologies.length === 0) {
    content = (
      <Typography variant="body2">
        This talk covers no technology in the catalog, so no service is matched
        to it.
      </Typography>
    );
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (loading || !value) {
    content = <Progress />;
  } else if (value.users.length === 0) {
    content = (
      <Typography variant="body2">
        No component, API, resource or system in the catalog declares the
        technologies this talk covers.
      </Typography>
    );
  } else {
    content = (
      <TechnologyUsersTable
        users={value.users}
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
              value.totalCount > value.users.length
                ? `, the first ${value.users.length} shown`
                : ''
            }`
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
