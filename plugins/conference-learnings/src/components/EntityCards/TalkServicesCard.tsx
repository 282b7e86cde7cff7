import { InfoCard } from '@backstage/core-components';
import { RELATION_COVERS_TECHNOLOGY } from '@conference-learnings/plugin-conference-learnings-common';
import {
  AsyncListContent,
  plural,
  relationTargets,
  useEntityData,
} from '../shared';
import { TechnologyUsersTable } from './TechnologyUsersTable';

/** Services listed at most. */
const SERVICES_SHOWN = 100;

/** "Services using these technologies": who in the organisation could use this talk. */
export function TalkServicesCard() {
  const services = useEntityData((api, talkRef) =>
    api.listTalkServices(talkRef, { limit: SERVICES_SHOWN }),
  );
  const { entity, value } = services;
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
      <AsyncListContent
        state={services}
        empty={
          relationTargets(entity, RELATION_COVERS_TECHNOLOGY).length === 0
            ? 'This talk covers no technology in the catalog, so no service is matched to it.'
            : 'No component, API, resource or system in the catalog declares the technologies this talk covers.'
        }
      >
        {page => (
          <TechnologyUsersTable
            users={page.items}
            label="Services using the technologies of this talk"
            showTechnology
          />
        )}
      </AsyncListContent>
    </InfoCard>
  );
}
