import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  title: { margin: 0, fontSize: theme.typography.subtitle1.fontSize },
}));

/** The title of a talk in a list: a heading, linked to the talk's page. */
export function TalkHeading(props: { talk: TalkSummary }) {
  const { talk } = props;
  const classes = useStyles();
  return (
    <Typography component="h3" className={classes.title}>
      <EntityRefLink entityRef={talk.entityRef} title={talk.title} />
    </Typography>
  );
}
