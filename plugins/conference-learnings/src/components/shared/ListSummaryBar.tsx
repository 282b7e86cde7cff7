import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    minHeight: theme.spacing(5),
  },
}));

/** The row above a list: how many it holds, and an action on the right. */
export function ListSummaryBar(props: { children: ReactNode }) {
  const classes = useStyles();
  return <div className={classes.bar}>{props.children}</div>;
}
