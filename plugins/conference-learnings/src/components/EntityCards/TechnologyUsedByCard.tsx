import { InfoCard } from '@backstage/core-components';
import { TECHNOLOGIES_ANNOTATION } from '@conference-learnings/plugin-conference-learnings-common';
import { AsyncListContent, plural, useEntityData } from '../shared';
import { TechnologyUsersTable } from './TechnologyUsersTable';

/** Users of the technology listed at most. */
const USERS_SHOWN = 100;

/** "Used by" on a Technology page: which entities use it, and how they say so. */
export function TechnologyUsedByCard() {
  const users = useEntityData((api, technologyRef) =>
    api.listTechnologyUsers(technologyRef, { limit: USERS_SHOWN }),
  );
  const { entity, value } = users;
  const title = entity.metadata.title ?? entity.metadata.name;
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
      <AsyncListContent
        state={users}
        empty={
          <>
            Nothing in the catalog declares that it uses {title}. Components,
            APIs, resources and systems declare it with the annotation{' '}
            <code>
              {TECHNOLOGIES_ANNOTATION}: {entity.metadata.name}
            </code>
            , a tag naming it, or a well-known plugin annotation.
          </>
        }
      >
        {page => (
          <TechnologyUsersTable
            users={page.items}
            label={`Entities using ${title}`}
            showTechnology={false}
          />
        )}
      </AsyncListContent>
    </InfoCard>
  );
}
