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
  TalkLink,
} from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AddLinkIcon from '@material-ui/icons/Link';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { conferenceLearningsApiRef } from '../../api';
import { LearningList } from '../Learnings';
import { refName, useIdentity, visuallyHidden } from '../shared';
import { LinkTalkDialog } from './LinkTalkDialog';
import { NoTalksEmptyState } from './NoTalksEmptyState';
import { RankedTalksCard, useRankedTalks } from './RankedTalksCard';
import { TalkLearningsDialog } from './TalkLearningsDialog';
import { LinkedTalk, UnlinkTalkDialog } from './UnlinkTalkDialog';

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
}));

/** Latest learnings on the talks relevant to the entity. */
function LatestLearnings(props: {
  entityRef: string;
  version: number;
  onChanged: () => void;
}) {
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
        <LearningList
          aria-label="Latest learnings"
          learnings={value.items}
          showTalk
          userEntityRef={identity.value?.userEntityRef}
          onChanged={props.onChanged}
        />
      )}
    </InfoCard>
  );
}

/** Links to talks no longer in the catalog: kept, never ranked, can be removed. */
function OrphanedLinks(props: {
  links: TalkLink[];
  canUnlink: boolean;
  onUnlink: (talk: LinkedTalk) => void;
}) {
  if (props.links.length === 0) return null;
  return (
    <Grid item>
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
                  onClick={() =>
                    props.onUnlink({
                      talkRef: link.talkRef,
                      title: refName(link.talkRef),
                    })
                  }
                  aria-label={`Unlink ${refName(link.talkRef)}`}
                >
                  Unlink
                </Button>
              )}
            </li>
          ))}
        </ul>
      </InfoCard>
    </Grid>
  );
}

/** "Link a talk", for those allowed to link. */
function LinkTalkButton(props: { onClick: () => void }) {
  const canLink = usePermission({ permission: linkCreatePermission });
  if (!canLink.allowed) return null;
  return (
    <Button
      variant="contained"
      color="primary"
      startIcon={<AddLinkIcon />}
      onClick={props.onClick}
    >
      Link a talk
    </Button>
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
  const canUnlink = usePermission({ permission: linkDeletePermission });

  const [linking, setLinking] = useState(false);
  const [unlinking, setUnlinking] = useState<LinkedTalk>();
  const [learningsOf, setLearningsOf] = useState<RankedTalk>();
  const [learningsVersion, setLearningsVersion] = useState(0);
  /** What the last action did, announced to screen readers */
  const [status, setStatus] = useState('');

  const { talks, page, pageSize, setPage, setPageSize } =
    useRankedTalks(entityRef);
  const learningsChanged = () => setLearningsVersion(v => v + 1);

  const linkButton = <LinkTalkButton onClick={() => setLinking(true)} />;

  const value = talks.value;
  let main: JSX.Element;
  if (talks.error) {
    main = <ResponseErrorPanel error={talks.error} />;
  } else if (!value) {
    main = <Progress />;
  } else if (value.totalCount === 0 && value.items.length === 0) {
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
      <RankedTalksCard
        entity={entity}
        entityTitle={entityTitle}
        talks={value}
        loading={talks.loading}
        learningsVersion={learningsVersion}
        canUnlink={canUnlink.allowed}
        action={linkButton}
        page={page}
        pageSize={pageSize}
        onPageChange={setPage}
        onPageSizeChange={setPageSize}
        onOpenLearnings={setLearningsOf}
        onUnlink={setUnlinking}
      />
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
          <OrphanedLinks
            links={value?.orphanedLinks ?? []}
            canUnlink={canUnlink.allowed}
            onUnlink={setUnlinking}
          />
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
      <UnlinkTalkDialog
        entityRef={entityRef}
        entityTitle={entityTitle}
        talk={unlinking}
        onClose={() => setUnlinking(undefined)}
        onUnlinked={talk => {
          setUnlinking(undefined);
          setStatus(`Unlinked “${talk.title}”.`);
          talks.retry();
        }}
      />
      <TalkLearningsDialog
        rankedTalk={learningsOf}
        onClose={() => setLearningsOf(undefined)}
        onChanged={learningsChanged}
      />
    </Grid>
  );
}
