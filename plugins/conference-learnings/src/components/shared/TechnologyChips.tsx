import { Link } from '@backstage/core-components';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import CheckIcon from '@material-ui/icons/Check';
import { ComponentType } from 'react';
import { EntityTitle } from './EntityTitle';
import { sameRef } from './format';
import { visuallyHidden } from './visuallyHidden';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  more: { color: theme.palette.text.secondary },
}));

/** Titles known without asking the catalog, by lower-case technology ref. */
export type TechnologyTitles = Record<string, string | undefined>;

/** One technology as a chip that opens its entity page. */
function TechnologyChip(props: {
  technologyRef: string;
  title?: string;
  /** The entity on screen uses it: highlighted, with a check mark and a screen-reader note. */
  used?: boolean;
  /** Found in the talk's text rather than named by its metadata. */
  detected?: boolean;
}) {
  const { technologyRef, title, used, detected } = props;
  const entityLink = useEntityRefLink();
  const label = title ?? (
    <EntityTitle entityRef={technologyRef} defaultKind="technology" />
  );
  const LinkComponent = Link as ComponentType<any>;
  return (
    <Chip
      size="small"
      component={LinkComponent}
      to={entityLink(technologyRef)}
      color={used ? 'primary' : 'default'}
      variant={used ? 'default' : 'outlined'}
      icon={used ? <CheckIcon /> : undefined}
      title={detected ? 'Found in the talk’s title or abstract' : undefined}
      label={
        <>
          {label}
          {used && (
            <>
              {' '}
              <span style={visuallyHidden}>(used here)</span>
            </>
          )}
        </>
      }
    />
  );
}

/**
 * The technologies of a talk, those the entity on screen uses first and
 * highlighted; at most `max`, then "+N more".
 */
export function TechnologyChips(props: {
  technologyRefs: string[];
  curatedTechnologyRefs?: string[];
  usedRefs?: Iterable<string>;
  titles?: TechnologyTitles;
  max?: number;
  'aria-label'?: string;
}) {
  const classes = useStyles();
  const { technologyRefs, curatedTechnologyRefs, titles = {}, max = 8 } = props;
  const used = new Set(
    [...(props.usedRefs ?? [])].map(ref => ref.toLocaleLowerCase('en-US')),
  );
  const isUsed = (ref: string) => used.has(ref.toLocaleLowerCase('en-US'));
  const ordered = [
    ...technologyRefs.filter(isUsed),
    ...technologyRefs.filter(ref => !isUsed(ref)),
  ];
  const shown = ordered.slice(0, max);
  const hidden = ordered.length - shown.length;
  if (ordered.length === 0) return null;
  return (
    <ul className={classes.chips} aria-label={props['aria-label']}>
      {shown.map(ref => (
        <li key={ref}>
          <TechnologyChip
            technologyRef={ref}
            title={titles[ref.toLocaleLowerCase('en-US')]}
            used={isUsed(ref)}
            detected={
              curatedTechnologyRefs
                ? !curatedTechnologyRefs.some(c => sameRef(c, ref))
                : false
            }
          />
        </li>
      ))}
      {hidden > 0 && <li className={classes.more}>+{hidden} more</li>}
    </ul>
  );
}
