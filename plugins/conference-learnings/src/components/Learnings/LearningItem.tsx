import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  CreateLearningRequest,
  Learning,
  learningDeletePermission,
  learningUpdatePermission,
} from '@conference-learnings/plugin-conference-learnings-common';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import DeleteIcon from '@material-ui/icons/Delete';
import EditIcon from '@material-ui/icons/Edit';
import { ReactNode, useState } from 'react';
import { conferenceLearningsApiRef } from '../../api';
import {
  ConfirmDialog,
  formatDateTime,
  refName,
  SafeMarkdown,
  sameRef,
  TechnologyChips,
} from '../shared';
import { LearningEditor } from './LearningEditor';

const useStyles = makeStyles(theme => ({
  item: {
    padding: theme.spacing(1.5, 0),
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  meta: { flexGrow: 1 },
  body: { overflowWrap: 'anywhere', '& p': { margin: theme.spacing(1, 0) } },
}));

/** A small icon button for an action on the user's own learning, e.g. "Edit". */
function OwnLearningButton(props: {
  action: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <IconButton
      size="small"
      aria-label={`${props.action} your learning`}
      title={props.action}
      onClick={props.onClick}
    >
      {props.children}
    </IconButton>
  );
}

function OwnLearningActions(props: {
  learning: Learning;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { learning } = props;
  const update = usePermission({
    permission: learningUpdatePermission,
    resourceRef: learning.id,
  });
  const remove = usePermission({
    permission: learningDeletePermission,
    resourceRef: learning.id,
  });
  return (
    <span>
      {update.allowed && (
        <OwnLearningButton action="Edit" onClick={props.onEdit}>
          <EditIcon fontSize="small" />
        </OwnLearningButton>
      )}
      {remove.allowed && (
        <OwnLearningButton action="Delete" onClick={props.onDelete}>
          <DeleteIcon fontSize="small" />
        </OwnLearningButton>
      )}
    </span>
  );
}

/**
 * One learning: author, date, technologies and the Markdown text; its author can
 * edit and delete it (when the permission policy agrees).
 */
export function LearningItem(props: {
  learning: Learning;
  /** Ref of the signed-in user, to offer editing their own learnings */
  userEntityRef?: string;
  /** Name the talk, for lists across talks */
  showTalk?: boolean;
  technologyOptions?: string[];
  onChanged?: () => void;
}) {
  const { learning, userEntityRef, showTalk, onChanged } = props;
  const classes = useStyles();
  const api = useApi(conferenceLearningsApiRef);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const isAuthor = sameRef(learning.createdBy, userEntityRef);
  const edited =
    learning.updatedAt && learning.updatedAt !== learning.createdAt;

  const save = async (request: CreateLearningRequest) => {
    await api.updateLearning(learning.id, request);
    setEditing(false);
    onChanged?.();
  };

  return (
    <li
      className={classes.item}
      aria-label={`Learning by ${refName(learning.createdBy)}`}
    >
      <div className={classes.header}>
        <Typography
          variant="body2"
          color="textSecondary"
          className={classes.meta}
        >
          {showTalk && (
            <>
              On{' '}
              <EntityRefLink
                entityRef={learning.talkRef}
                title={learning.talkTitle}
                hideIcon
              />
              {learning.orphaned && ' (talk no longer in the catalog)'}
              {' · '}
            </>
          )}
          <EntityRefLink
            entityRef={learning.createdBy}
            defaultKind="user"
            hideIcon
          />
          {' · '}
          <time dateTime={learning.createdAt}>
            {formatDateTime(learning.createdAt)}
          </time>
          {edited && ' · edited'}
        </Typography>
        {isAuthor && !editing && (
          <OwnLearningActions
            learning={learning}
            onEdit={() => setEditing(true)}
            onDelete={() => setDeleting(true)}
          />
        )}
      </div>
      {editing ? (
        <LearningEditor
          label="Edit learning"
          initial={{
            body: learning.body,
            technologyRefs: learning.technologyRefs,
          }}
          technologyOptions={props.technologyOptions ?? learning.technologyRefs}
          submitLabel="Save changes"
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <div className={classes.body}>
            <SafeMarkdown content={learning.body} />
          </div>
          <TechnologyChips
            technologyRefs={learning.technologyRefs}
            aria-label="Technologies of this learning"
          />
        </>
      )}
      <ConfirmDialog
        open={deleting}
        title="Delete your learning?"
        confirmLabel="Delete"
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await api.deleteLearning(learning.id);
          setDeleting(false);
          onChanged?.();
        }}
      >
        It is removed for everyone. This cannot be undone.
      </ConfirmDialog>
    </li>
  );
}
