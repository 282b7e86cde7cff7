import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { MAX_PAGE_LIMIT } from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import { conferenceLearningsApiRef } from '../../api';
import { LearningItem } from '../Learnings';
import { plural, useAbortableAsync, useIdentity } from '../shared';

const STEP = 20;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  progressSlot: { height: 4 },
});

/** The Learnings tab: the latest learnings across the organisation. */
export function LearningsTab() {
  const classes = useStyles();
  const api = useApi(conferenceLearningsApiRef);
  const identity = useIdentity();
  const [limit, setLimit] = useState(STEP);
  const learnings = useAbortableAsync(
    signal => api.listLearnings({ limit }, { signal }),
    [api, limit],
  );
  const value = learnings.value;

  if (learnings.error) return <ResponseErrorPanel error={learnings.error} />;
  if (!value) return <Progress />;
  if (value.totalCount === 0) {
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
        value.totalCount,
        'learning',
      )} across the organisation, newest first`}
    >
      <div className={classes.progressSlot}>
        {learnings.loading && <LinearProgress aria-label="Loading learnings" />}
      </div>
      <ul className={classes.list} aria-label="Latest learnings">
        {value.items.map(learning => (
          <LearningItem
            key={learning.id}
            learning={learning}
            showTalk
            userEntityRef={identity.value?.userEntityRef}
            onChanged={learnings.retry}
          />
        ))}
      </ul>
      {value.totalCount > value.items.length && limit < MAX_PAGE_LIMIT && (
        <Button
          onClick={() => setLimit(l => Math.min(l + STEP, MAX_PAGE_LIMIT))}
          disabled={learnings.loading}
        >
          Show more learnings
        </Button>
      )}
    </InfoCard>
  );
}
