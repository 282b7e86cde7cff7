import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  useEntity,
  useEntityPresentation,
} from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  linkCreatePermission,
  linkDeletePermission,
  RankedTalk,
  RELATION_USES_TECHNOLOGY,
  TalkLink,
} from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import TablePagination from '@material-ui/core/TablePagination';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AddLinkIcon from '@material-ui/icons/Link';
import { useId, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { conferenceLearningsApiRef } from '../../api';
import { LearningItem, TalkLearnings } from '../Learnings';
import {
  ConfirmDialog,
  plural,
  refName,
  relationTargets,
  useIdentity,
  visuallyHidden,
} from '../shared';
import { LinkTalkDialog } from './LinkTalkDialog';
import { NoTalksEmptyState } from './NoTalksEmptyState';
import { RankedTalkItem } from './RankedTalkItem';

const PAGE_SIZES = [10, 25, 50];

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
  progressSlot: { height: 4, marginBottom: theme.spacing(1) },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  learnings: { listStyle: 'none', margin: 0, padding: 0 },
}));

/** Latest learnings on the talks relevant to the entity. */
function LatestLearnings(props: {
  entityRef: string;
  version: number;
  onChanged: () => void;
}) {
  const classes = useStyles();
  const api = useApi(conferenceLearningsApiRef);
  const identity = useIdentity();
  const { value, loading, error } = useAsync(
    () => api.listLearnings({ entityRef: props.entityRef, limit: 5 }),
    [api, props.entityRef, props.version],
  );
  return (
    <InfoCard title="Latest learnings on these talks">
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
      {value && value.items.length === 0 && (
        <Typography variant="body2">
          Nobody has shared a learning on these talks yet. Open a talk’s
          learnings to add yours.
        </Typography>
      )}
      {value && value.items.length > 0 && (
        <ul className={classes.learnings} aria-label="Latest learnings">
          {value.items.map(learning => (
            <LearningItem
              key={learning.id}
              learning={learning}
              showTalk
              userEntityRef={identity.value?.userEntityRef}
              onChanged={props.onChanged}
            />
          ))}
        </ul>
      )}
    </InfoCard>
  );
}

function OrphanedLinks(props: {
  links: TalkLink[];
  canUnlink: boolean;
  onUnlink: (link: TalkLink) => void;
}) {
  if (props.links.length === 0) return null;
  return (
    <InfoCard title="Links to talks no longer in the catalog">
      <ul aria-label="Links to talks no longer in the catalog">
        {props.links.map(link => (
          <li key={link.id}>
            <Typography variant="body2" component="span">
              {refName(link.talkRef)} — linked by {refName(link.createdBy)}
              {link.note ? `: “${link.note}”` : ''}
            </Typography>
            {props.canUnlink && (
              <Button
                size="small"
                onClick={() => props.onUnlink(link)}
                aria-label={`Unlink ${refName(link.talkRef)}`}
              >
                Unlink
              </Button>
            )}
          </li>
        ))}
      </ul>
    </InfoCard>
  );
}

/**
 * The "Conference Learnings" tab of an entity page: the talks relevant to it,
 * ranked, with why; linking talks by hand; the learnings on them.
 */
export function EntityConferenceLearningsContent() {
  const classes = useStyles();
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { primaryTitle: entityTitle } = useEntityPresentation(entity);
  const api = useApi(conferenceLearningsApiRef);
  const dialogId = useId();
  const canLink = usePermission({ permission: linkCreatePermission });
  const canUnlink = usePermission({ permission: linkDeletePermission });

  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);
  const [linking, setLinking] = useState(false);
  const [unlinking, setUnlinking] = useState<{
    talkRef: string;
    title: string;
  }>();
  const [learningsOf, setLearningsOf] = useState<RankedTalk>();
  const [learningsVersion, setLearningsVersion] = useState(0);
  /** What the last action did, announced to screen readers */
  const [status, setStatus] = useState('');

  const talks = useAsyncRetry(
    () =>
      api.getEntityTalks(entityRef, {
        limit: pageSize,
        offset: page * pageSize,
      }),
    [api, entityRef, page, pageSize],
  );
  const talkRefs = talks.value?.items.map(item => item.talk.entityRef) ?? [];
  const talkRefsKey = talkRefs.join(' ');
  const counts = useAsync(
    async (): Promise<Record<string, number>> =>
      talkRefs.length ? api.countLearnings(talkRefs) : {},
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, talkRefsKey, learningsVersion],
  );

  const usedRefs = useMemo(
    () =>
      relationTargets(entity, RELATION_USES_TECHNOLOGY).concat(
        entity.kind.toLocaleLowerCase('en-US') === 'technology'
          ? [entityRef]
          : [],
      ),
    [entity, entityRef],
  );

  const learningsChanged = () => setLearningsVersion(v => v + 1);

  const linkButton = canLink.allowed ? (
    <Button
      variant="contained"
      color="primary"
      startIcon={<AddLinkIcon />}
      onClick={() => setLinking(true)}
    >
      Link a talk
    </Button>
  ) : null;

  const value = talks.value;
  const isEmpty = value && value.totalCount === 0 && value.items.length === 0;

  let main: JSX.Element;
  if (talks.error) {
    main = <ResponseErrorPanel error={talks.error} />;
  } else if (!value) {
    main = <Progress />;
  } else if (isEmpty) {
    main = (
      <>
        <div className={classes.toolbar}>
          <span />
          {linkButton}
        </div>
        <NoTalksEmptyState entity={entity} />
      </>
    );
  } else {
    main = (
      <InfoCard
        title="Relevant conference talks"
        subheader={`${plural(
          value.totalCount,
          'talk',
        )} on the technologies ${entityTitle} uses, best match first`}
        action={linkButton}
      >
        <div className={classes.progressSlot}>
          {talks.loading && <LinearProgress aria-label="Loading talks" />}
        </div>
        <ul className={classes.list} aria-label="Relevant talks">
          {value.items.map(item => (
            <RankedTalkItem
              key={item.talk.entityRef}
              rankedTalk={item}
              entityRef={entityRef}
              usedRefs={usedRefs}
              learningCount={counts.value?.[item.talk.entityRef]}
              canUnlink={canUnlink.allowed}
              onOpenLearnings={() => setLearningsOf(item)}
              onUnlink={() =>
                setUnlinking({
                  talkRef: item.talk.entityRef,
                  title: item.talk.title,
                })
              }
            />
          ))}
        </ul>
        {value.totalCount > PAGE_SIZES[0] && (
          <TablePagination
            component="div"
            count={value.totalCount}
            page={page}
            rowsPerPage={pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_e, next) => setPage(next)}
            onRowsPerPageChange={e => {
              setPageSize(Number(e.target.value));
              setPage(0);
            }}
          />
        )}
      </InfoCard>
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={8}>
        <div role="status" style={visuallyHidden}>
          {status}
        </div>
        {main}
      </Grid>
      <Grid item xs={12} lg={4}>
        <Grid container spacing={3} direction="column">
          {value && value.orphanedLinks.length > 0 && (
            <Grid item>
              <OrphanedLinks
                links={value.orphanedLinks}
                canUnlink={canUnlink.allowed}
                onUnlink={link =>
                  setUnlinking({
                    talkRef: link.talkRef,
                    title: refName(link.talkRef),
                  })
                }
              />
            </Grid>
          )}
          <Grid item>
            <LatestLearnings
              entityRef={entityRef}
              version={learningsVersion}
              onChanged={learningsChanged}
            />
          </Grid>
        </Grid>
      </Grid>

      <LinkTalkDialog
        open={linking}
        entityRef={entityRef}
        entityTitle={entityTitle}
        onClose={() => setLinking(false)}
        onLinked={talk => {
          setLinking(false);
          setStatus(`Linked “${talk.title}”.`);
          setPage(0);
          talks.retry();
        }}
      />
      <ConfirmDialog
        open={!!unlinking}
        title="Unlink this talk?"
        confirmLabel="Unlink"
        onClose={() => setUnlinking(undefined)}
        onConfirm={async () => {
          await api.unlinkTalk(entityRef, unlinking!.talkRef);
          setUnlinking(undefined);
          setStatus(`Unlinked “${unlinking!.title}”.`);
          talks.retry();
        }}
      >
        “{unlinking?.title}” will no longer be linked to {entityTitle}. It may
        still be listed when it covers a technology {entityTitle} uses.
      </ConfirmDialog>
      <Dialog
        open={!!learningsOf}
        onClose={() => setLearningsOf(undefined)}
        aria-labelledby={`${dialogId}-learnings-title`}
        maxWidth="md"
        fullWidth
      >
        <DialogTitle id={`${dialogId}-learnings-title`}>
          Learnings on “{learningsOf?.talk.title}”
        </DialogTitle>
        <DialogContent>
          {learningsOf && (
            <TalkLearnings
              talkRef={learningsOf.talk.entityRef}
              technologyRefs={learningsOf.talk.technologyRefs}
              onChanged={learningsChanged}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setLearningsOf(undefined)}>Close</Button>
        </DialogActions>
      </Dialog>
    </Grid>
  );
}
