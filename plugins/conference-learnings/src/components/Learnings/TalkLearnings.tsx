import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  CreateLearningRequest,
  learningCreatePermission,
} from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { useState } from 'react';
import { conferenceLearningsApiRef } from '../../api';
import { ListSummaryBar, plural, useIdentity, visuallyHidden } from '../shared';
import { LearningEditor } from './LearningEditor';
import { LearningList } from './LearningList';
import { useLearningPages } from './useLearningPages';

/**
 * The learnings on one talk, newest first, with a form to add one and, for their
 * authors, editing and deleting.
 */
export function TalkLearnings(props: {
  talkRef: string;
  /** The talk's technologies, offered as tags of a learning */
  technologyRefs?: string[];
  /** Called after a learning was added, changed or deleted */
  onChanged?: () => void;
}) {
  const { talkRef, technologyRefs = [], onChanged } = props;
  const api = useApi(conferenceLearningsApiRef);
  const identity = useIdentity();
  const canCreate = usePermission({ permission: learningCreatePermission });
  const [adding, setAdding] = useState(false);
  /** What the last change did, announced to screen readers */
  const [status, setStatus] = useState('');
  const learnings = useLearningPages(
    (page, signal) => api.listTalkLearnings(talkRef, page, { signal }),
    [api, talkRef],
  );
  const { items, totalCount } = learnings;

  const changed = (message: string) => {
    setStatus(message);
    learnings.retry();
    onChanged?.();
  };

  const add = async (request: CreateLearningRequest) => {
    await api.createLearning(talkRef, request);
    setAdding(false);
    changed('Learning added');
  };

  const userEntityRef = identity.value?.userEntityRef;
  return (
    <div>
      <div role="status" style={visuallyHidden}>
        {status}
      </div>
      <ListSummaryBar>
        <Typography variant="body2" color="textSecondary" aria-live="polite">
          {totalCount !== undefined ? plural(totalCount, 'learning') : ' '}
        </Typography>
        {canCreate.allowed && !adding && (
          <Button
            variant="outlined"
            color="primary"
            size="small"
            startIcon={<AddIcon />}
            onClick={() => setAdding(true)}
          >
            Add a learning
          </Button>
        )}
      </ListSummaryBar>
      {adding && (
        <LearningEditor
          label="New learning"
          technologyOptions={technologyRefs}
          submitLabel="Add learning"
          onSubmit={add}
          onCancel={() => setAdding(false)}
        />
      )}
      {learnings.error && <ResponseErrorPanel error={learnings.error} />}
      {learnings.loading && totalCount === undefined && <Progress />}
      {totalCount !== undefined && items.length === 0 && !adding && (
        <Typography variant="body2">
          No learnings yet. Watched this talk? Share what you took away from it
          {canCreate.allowed ? ' with “Add a learning”.' : '.'}
        </Typography>
      )}
      {items.length > 0 && (
        <LearningList
          aria-label="Learnings"
          learnings={items}
          userEntityRef={userEntityRef}
          technologyOptions={technologyRefs}
          onChanged={() => changed('Learnings updated')}
        />
      )}
      {learnings.moreError && (
        <ResponseErrorPanel error={learnings.moreError} />
      )}
      {totalCount !== undefined && totalCount > items.length && (
        <Button
          size="small"
          onClick={learnings.showMore}
          disabled={learnings.loadingMore}
        >
          Show more learnings
        </Button>
      )}
    </div>
  );
}
