import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  CreateLearningRequest,
  Learning,
  learningCreatePermission,
} from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AddIcon from '@material-ui/icons/Add';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { conferenceLearningsApiRef } from '../../api';
import { plural, useIdentity, visuallyHidden } from '../shared';
import { LearningEditor } from './LearningEditor';
import { LearningItem } from './LearningItem';

const PAGE_SIZE = 20;

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    minHeight: theme.spacing(5),
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
}));

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
  const classes = useStyles();
  const api = useApi(conferenceLearningsApiRef);
  const identity = useIdentity();
  const canCreate = usePermission({ permission: learningCreatePermission });
  const [adding, setAdding] = useState(false);
  /** What the last change did, announced to screen readers */
  const [status, setStatus] = useState('');
  const [more, setMore] = useState<Learning[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error>();

  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const page = await api.listTalkLearnings(talkRef, { limit: PAGE_SIZE });
    setMore([]);
    return page;
  }, [api, talkRef]);

  const learnings: Learning[] = [...(value?.items ?? []), ...more];
  const showMore = async () => {
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api.listTalkLearnings(talkRef, {
        limit: PAGE_SIZE,
        offset: learnings.length,
      });
      setMore(m => [...m, ...page.items]);
    } catch (e) {
      setMoreError(e as Error);
    } finally {
      setLoadingMore(false);
    }
  };

  const changed = (message: string) => {
    setStatus(message);
    retry();
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
      <div className={classes.toolbar}>
        <Typography variant="body2" color="textSecondary" aria-live="polite">
          {value ? plural(value.totalCount, 'learning') : ' '}
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
      </div>
      {adding && (
        <LearningEditor
          label="New learning"
          technologyOptions={technologyRefs}
          submitLabel="Add learning"
          onSubmit={add}
          onCancel={() => setAdding(false)}
        />
      )}
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
      {value && learnings.length === 0 && !adding && (
        <Typography variant="body2">
          No learnings yet. Watched this talk? Share what you took away from it
          {canCreate.allowed ? ' with “Add a learning”.' : '.'}
        </Typography>
      )}
      {learnings.length > 0 && (
        <ul className={classes.list} aria-label="Learnings">
          {learnings.map(learning => (
            <LearningItem
              key={learning.id}
              learning={learning}
              userEntityRef={userEntityRef}
              technologyOptions={technologyRefs}
              onChanged={() => changed('Learnings updated')}
            />
          ))}
        </ul>
      )}
      {moreError && <ResponseErrorPanel error={moreError} />}
      {value && value.totalCount > learnings.length && (
        <Button size="small" onClick={showMore} disabled={loadingMore}>
          Show more learnings
        </Button>
      )}
    </div>
  );
}
