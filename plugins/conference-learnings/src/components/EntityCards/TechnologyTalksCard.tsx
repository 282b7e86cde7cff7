import { InfoCard } from '@backstage/core-components';
import {
  AsyncListContent,
  DividedList,
  plural,
  TalkSummaryItem,
  useEntityData,
  usePageLink,
} from '../shared';

const SHOWN = 10;

/** "Talks about …" on a Technology page: the most relevant talks covering it. */
export function TechnologyTalksCard() {
  const pageLink = usePageLink();
  const talks = useEntityData((api, technologyRef) =>
    api.getEntityTalks(technologyRef, { limit: SHOWN }),
  );
  const { entity, entityRef: technologyRef, value } = talks;
  const title = entity.metadata.title ?? entity.metadata.name;
  return (
    <InfoCard
      title={`Talks about ${title}`}
      subheader={
        value
          ? `${plural(value.totalCount, 'talk')}, most relevant first`
          : undefined
      }
      deepLink={
        value && value.totalCount > value.items.length && pageLink
          ? {
              title: `All ${plural(value.totalCount, 'talk')} about ${title}`,
              link: pageLink(
                new URLSearchParams({ technology: technologyRef }),
              ),
            }
          : undefined
      }
    >
      <AsyncListContent
        state={talks}
        empty={
          <>
            No talk in the catalog covers {title} yet: none names it in its
            technologies or mentions it in its title or abstract.
          </>
        }
      >
        {page => (
          <DividedList aria-label={`Talks about ${title}`}>
            {page.items.map(item => (
              <TalkSummaryItem
                key={item.talk.entityRef}
                talk={item.talk}
                usedRefs={[technologyRef]}
                maxChips={5}
              />
            ))}
          </DividedList>
        )}
      </AsyncListContent>
    </InfoCard>
  );
}
