import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& > li': { borderBottom: `1px solid ${theme.palette.divider}` },
    '& > li:last-child': { borderBottom: 'none' },
  },
}));

/** A list without bullets whose items (talks, learnings) are divided by a line. */
export function DividedList(props: {
  'aria-label': string;
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <ul className={classes.list} aria-label={props['aria-label']}>
      {props.children}
    </ul>
  );
}
