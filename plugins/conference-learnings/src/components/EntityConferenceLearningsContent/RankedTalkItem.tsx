import { RankedTalk } from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import LinkIcon from '@material-ui/icons/Link';
import LinkOffIcon from '@material-ui/icons/LinkOff';
import NotesIcon from '@material-ui/icons/Notes';
import {
  describeLinkReason,
  TechnologyReasonText,
  plural,
  TalkHeading,
  TalkLinkButtons,
  talkByline,
  TechnologyChips,
  TechnologyTitles,
} from '../shared';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.75),
    padding: theme.spacing(2, 0),
  },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    flexWrap: 'wrap',
  },
  reasons: {
    margin: 0,
    paddingLeft: theme.spacing(2.5),
    color: theme.palette.text.secondary,
  },
  note: { fontStyle: 'italic', color: theme.palette.text.primary },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    alignItems: 'center',
    marginTop: theme.spacing(0.5),
  },
}));

/** One relevant talk of an entity: what it is, why it is relevant, and what to do with it. */
export function RankedTalkItem(props: {
  rankedTalk: RankedTalk;
  entityRef: string;
  /** Technologies the entity uses, highlighted among the talk's */
  usedRefs: string[];
  learningCount?: number;
  canUnlink: boolean;
  onOpenLearnings: () => void;
  onUnlink: () => void;
}) {
  const { rankedTalk, entityRef, learningCount, canUnlink } = props;
  const { talk, reasons, link } = rankedTalk;
  const classes = useStyles();
  const titles: TechnologyTitles = {};
  const used = new Set(props.usedRefs.map(r => r.toLocaleLowerCase('en-US')));
  for (const reason of reasons) {
    if (reason.type === 'technology') {
      const ref = reason.technologyRef.toLocaleLowerCase('en-US');
      titles[ref] = reason.technologyTitle;
      used.add(ref);
    }
  }

  return (
    <li className={classes.item} aria-label={talk.title}>
      <div className={classes.titleRow}>
        <TalkHeading talk={talk} />
        {link && (
          <Chip
            size="small"
            color="secondary"
            icon={<LinkIcon />}
            label="Linked"
          />
        )}
      </div>
      <Typography variant="body2" color="textSecondary">
        {talkByline(talk)}
      </Typography>
      <ul className={classes.reasons} aria-label="Why this talk">
        {reasons.map(reason =>
          reason.type === 'link' ? (
            <li key={`link-${reason.linkId}`}>
              <Typography variant="body2" component="span">
                {describeLinkReason(reason)}
                {reason.note && (
                  <>
                    {': '}
                    <q className={classes.note}>{reason.note}</q>
                  </>
                )}
              </Typography>
            </li>
          ) : (
            <li key={reason.technologyRef}>
              <Typography variant="body2" component="span">
                <TechnologyReasonText reason={reason} entityRef={entityRef} />
              </Typography>
            </li>
          ),
        )}
      </ul>
      <TechnologyChips
        technologyRefs={talk.technologyRefs}
        curatedTechnologyRefs={talk.curatedTechnologyRefs}
        usedRefs={used}
        titles={titles}
        aria-label={`Technologies of ${talk.title}`}
      />
      <div className={classes.actions}>
        <TalkLinkButtons talk={talk} />
        <Button
          size="small"
          variant="outlined"
          startIcon={<NotesIcon />}
          onClick={props.onOpenLearnings}
          aria-label={`Learnings on ${talk.title}${
            learningCount === undefined ? '' : `: ${learningCount}`
          }`}
        >
          {learningCount === undefined
            ? 'Learnings'
            : plural(learningCount, 'learning')}
        </Button>
        {link && canUnlink && (
          <Button
            size="small"
            startIcon={<LinkOffIcon />}
            onClick={props.onUnlink}
            aria-label={`Unlink ${talk.title}`}
          >
            Unlink
          </Button>
        )}
      </div>
    </li>
  );
}
