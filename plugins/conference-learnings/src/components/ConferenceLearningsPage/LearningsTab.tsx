import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import { makeStyles } from '@material-ui/core/styles';
import { conferenceLearningsApiRef } from '../../api';
import { LearningList, useLearningPages } from '../Learnings';
import { plural, useIdentity } from '../shared';

const useStyles = makeStyles({
  progressSlot: { height: 4 },
});

/** The Learnings tab: the latest learnings across the organisation. */
export function LearningsTab() {
  const classes = useStyles();
  const api = useApi(conferenceLearningsApiRef);
  const identity = useIdentity();
  const learnings = useLearningPages(
    (page, signal) => api.listLearnings(page, { signal }),
    [api],
  );
  const { items, totalCount } = learnings;

  if (learnings.error) return <ResponseErrorPanel error={learnings.error} />;
  if (totalCount === undefined) return <Progress />;
  if (totalCount === 0) {
    return (
      <EmptyState
        missing="content"
        title="No learnings yet"
        description="Learnings are what people took away from a talk. Open a talk (from the Talks tab or a service’s Conference Learnings tab) and add yours."
      />
    );
  }
  return (
    <InfoCard
      title="Latest learnings"
      subheader={`${plural(
        totalCount,
        'learning',
      )} across the organisation, newest first`}
    >
      <div className={classes.progressSlot}>
        {(learnings.loading || learnings.loadingMore) && (
          <LinearProgress aria-label="Loading learnings" />
        )}
      </div>
      <LearningList
        aria-label="Latest learnings"
        learnings={items}
        showTalk
        userEntityRef={identity.value?.userEntityRef}
        onChanged={learnings.retry}
      />
      {learnings.moreError && (
        <ResponseErrorPanel error={learnings.moreError} />
      )}
      {totalCount > items.length && (
        <Button
          onClick={learnings.showMore}
          disabled={learnings.loading || learnings.loadingMore}
        >
          Show more learnings
        </Button>
      )}
    </InfoCard>
  );
}
