import { TechnologyMaturity } from '@conference-learnings/plugin-conference-learnings-common';
import Chip from '@material-ui/core/Chip';
import { makeStyles, Theme } from '@material-ui/core/styles';

const color = (theme: Theme, maturity: TechnologyMaturity | undefined) => {
  switch (maturity) {
    case 'graduated':
      return theme.palette.success.main;
    case 'incubating':
      return theme.palette.info.main;
    case 'sandbox':
      return theme.palette.warning.main;
    default:
      return theme.palette.text.secondary;
  }
};

const useStyles = makeStyles<Theme, { maturity?: TechnologyMaturity }>(
  theme => ({
    badge: {
      borderColor: ({ maturity }) => color(theme, maturity),
      color: ({ maturity }) =>
        maturity === 'archived' || !maturity
          ? theme.palette.text.secondary
          : theme.palette.text.primary,
      fontWeight: theme.typography.fontWeightMedium as number,
      textTransform: 'capitalize',
    },
  }),
);

/** CNCF maturity (graduated, incubating, sandbox, archived), or "not CNCF". */
export function MaturityBadge(props: { maturity?: TechnologyMaturity }) {
  const classes = useStyles({ maturity: props.maturity });
  return (
    <Chip
      size="small"
      variant="outlined"
      className={classes.badge}
      label={props.maturity ?? 'not CNCF'}
      aria-label={
        props.maturity
          ? `CNCF maturity: ${props.maturity}`
          : 'Not a CNCF project'
      }
    />
  );
}
