import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { memo, ReactNode } from 'react';
import { talkByline } from './format';
import { TalkHeading } from './TalkHeading';
import { TalkLinkButtons } from './TalkLinkButtons';
import { TechnologyChips, TechnologyTitles } from './TechnologyChips';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    padding: theme.spacing(1.5, 0),
  },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
  buttons: {
    display: 'flex',
    gap: theme.spacing(1),
    flexShrink: 0,
  },
}));

function details(talk: TalkSummary): string {
  return [
    talk.track,
    talk.type && talk.type !== 'session' ? talk.type : undefined,
    talk.level,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A talk in a list: title (to its page), conference, date, speakers, technologies, links. */
function TalkSummaryItemComponent(props: {
  talk: TalkSummary;
  titles?: TechnologyTitles;
  usedRefs?: string[];
  /** Extra lines under the byline, e.g. why the talk is listed */
  children?: ReactNode;
  maxChips?: number;
}) {
  const { talk } = props;
  const classes = useStyles();
  const extra = details(talk);
  return (
    <li className={classes.item} aria-label={talk.title}>
      <div className={classes.header}>
        <div>
          <TalkHeading talk={talk} />
          <Typography variant="body2" color="textSecondary">
            {talkByline(talk)}
            {extra && ` · ${extra}`}
          </Typography>
        </div>
        <div className={classes.buttons}>
          <TalkLinkButtons talk={talk} />
        </div>
      </div>
      {props.children}
      <TechnologyChips
        technologyRefs={talk.technologyRefs}
        curatedTechnologyRefs={talk.curatedTechnologyRefs}
        titles={props.titles}
        usedRefs={props.usedRefs}
        max={props.maxChips}
        aria-label={`Technologies of ${talk.title}`}
      />
    </li>
  );
}

/** A talk in a list: title (to its page), conference, date, speakers, technologies, links. */
export const TalkSummaryItem = memo(TalkSummaryItemComponent);
