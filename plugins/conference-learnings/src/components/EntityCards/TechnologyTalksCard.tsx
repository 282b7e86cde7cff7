import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { conferenceLearningsApiRef } from '../../api';
import { DividedList, plural, TalkSummaryItem, usePageLink } from '../shared';

const SHOWN = 10;

/** "Talks about …" on a Technology page: the most relevant talks covering it. */
export function TechnologyTalksCard() {
  const { entity } = useEntity();
  const api = useApi(conferenceLearningsApiRef);
  const pageLink = usePageLink();
  const technologyRef = stringifyEntityRef(entity);
  const title = entity.metadata.title ?? entity.metadata.name;
  const { value, loading, error } = useAsync(
    () => api.getEntityTalks(technologyRef, { limit: SHOWN }),
    [api, technologyRef],
  );

  let content: JSX.Element;
  if (error) content = <ResponseErrorPanel error={error} />;
  else if (loading || !value) content = <Progress />;
  else if (value.items.length === 0) {
    content = (
      <Typography variant="body2">
        No talk in the catalog covers {title} yet: none names it in its
        technologies or mentions it in its title or abstract.
      </Typography>
    );
  } else {
    content = (
      <DividedList aria-label={`Talks about ${title}`}>
        {value.items.map(item => (
          <TalkSummaryItem
            key={item.talk.entityRef}
            talk={item.talk}
            usedRefs={[technologyRef]}
            maxChips={5}
          />
        ))}
      </DividedList>
    );
  }
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
      {content}
    </InfoCard>
  );
}
