import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  RELATION_COVERS_TECHNOLOGY,
  TalkEntity,
  TalkSpeaker,
} from '@conference-learnings/plugin-conference-learnings-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import EventIcon from '@material-ui/icons/Event';
import { ReactNode } from 'react';
import {
  ExternalLinkButton,
  formatDateTime,
  relationTargets,
  safeHttpUrl,
  SafeMarkdown,
  TalkMediaButton,
  TechnologyChips,
  youTubeEmbedUrl,
  youTubeVideoId,
} from '../shared';

const useStyles = makeStyles(theme => ({
  player: {
    position: 'relative',
    width: '100%',
    paddingTop: '56.25%', // 16:9, reserved before the player loads
    marginBottom: theme.spacing(2),
    backgroundColor: theme.palette.background.default,
    '& iframe': {
      position: 'absolute',
      inset: 0,
      width: '100%',
      height: '100%',
      border: 0,
    },
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: theme.spacing(0, 0, 2),
    '& dt': {
      color: theme.palette.text.secondary,
      fontWeight: theme.typography.fontWeightMedium as number,
    },
    '& dd': { margin: 0 },
  },
  capitalised: { textTransform: 'capitalize' },
  speakers: { margin: 0, padding: 0, listStyle: 'none' },
  abstract: { overflowWrap: 'anywhere' },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    margin: theme.spacing(2, 0),
  },
}));

/** One fact of the talk: its name and value; nothing when the value is empty. */
function Fact(props: { name: string; children?: ReactNode }) {
  if (!props.children) return null;
  return (
    <>
      <dt>{props.name}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

/** The speakers, each linked to their page when it is a safe http(s) URL. */
function SpeakerList(props: { speakers?: TalkSpeaker[] }) {
  const classes = useStyles();
  if (!props.speakers?.length) return <>Not known</>;
  return (
    <ul className={classes.speakers} aria-label="Speakers">
      {props.speakers.map(speaker => {
        const url = safeHttpUrl(speaker.url);
        return (
          <li key={`${speaker.name}-${speaker.affiliation ?? ''}`}>
            {url ? (
              <Link to={url} target="_blank" rel="noopener noreferrer">
                {speaker.name}
              </Link>
            ) : (
              speaker.name
            )}
            {speaker.affiliation && (
              <Typography component="span" color="textSecondary">
                {' '}
                · {speaker.affiliation}
              </Typography>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The overview of a Talk: the video (embedded for YouTube), facts, speakers, the
 * abstract as safe Markdown, slides and technologies.
 */
export function TalkOverviewCard() {
  const classes = useStyles();
  const { entity } = useEntity<TalkEntity>();
  const spec = entity.spec ?? ({} as TalkEntity['spec']);
  const title = entity.metadata.title ?? entity.metadata.name;
  const video = safeHttpUrl(spec.video);
  const videoId = youTubeVideoId(video);
  const technologies = relationTargets(entity, RELATION_COVERS_TECHNOLOGY);
  const when = formatDateTime(spec.startsAt);

  return (
    <InfoCard title="About this talk">
      {videoId && (
        <div className={classes.player}>
          <iframe
            src={youTubeEmbedUrl(videoId)}
            title={`Video: ${title}`}
            loading="lazy"
            referrerPolicy="strict-origin-when-cross-origin"
            allow="accelerometer; encrypted-media; gyroscope; picture-in-picture"
            allowFullScreen
          />
        </div>
      )}
      <dl className={classes.facts}>
        <Fact name="Conference">
          {spec.conference ? (
            <EntityRefLink
              entityRef={spec.conference}
              defaultKind="conference"
            />
          ) : (
            '—'
          )}
        </Fact>
        <Fact name="When">
          {when && <time dateTime={spec.startsAt}>{when}</time>}
        </Fact>
        <Fact name="Track">{spec.track}</Fact>
        <Fact name="Type">
          {spec.type && (
            <span className={classes.capitalised}>{spec.type}</span>
          )}
        </Fact>
        <Fact name="Level">{spec.level}</Fact>
        <Fact name="Speakers">
          <SpeakerList speakers={spec.speakers} />
        </Fact>
      </dl>
      {entity.metadata.description ? (
        <div className={classes.abstract}>
          <SafeMarkdown content={entity.metadata.description} />
        </div>
      ) : (
        <Typography variant="body2" color="textSecondary">
          No abstract.
        </Typography>
      )}
      <div className={classes.links}>
        {!videoId && (
          <TalkMediaButton
            media="video"
            href={video}
            label="Watch the video (opens in a new tab)"
          />
        )}
        <TalkMediaButton
          media="slides"
          href={spec.slides}
          label="Slides (open in a new tab)"
        />
        <ExternalLinkButton
          href={spec.schedule}
          icon={<EventIcon />}
          label="Schedule entry (opens in a new tab)"
          variant="text"
        >
          Schedule
        </ExternalLinkButton>
      </div>
      {technologies.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            Technologies
          </Typography>
          <TechnologyChips
            technologyRefs={technologies}
            max={30}
            aria-label="Technologies of this talk"
          />
        </>
      )}
    </InfoCard>
  );
}
