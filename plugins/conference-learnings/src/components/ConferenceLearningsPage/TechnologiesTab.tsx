import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  MAX_PAGE_LIMIT,
  TECHNOLOGY_MATURITIES,
  TechnologySummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { ConferenceLearningsApi, conferenceLearningsApiRef } from '../../api';
import {
  alphabeticalWithLast,
  MaturityBadge,
  plural,
  SearchField,
  usePageLink,
} from '../shared';

const useStyles = makeStyles(theme => ({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    padding: theme.spacing(2),
  },
  category: {
    backgroundColor: theme.palette.background.default,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  number: { fontVariantNumeric: 'tabular-nums' },
}));

/** Every technology, fetched a page at a time (the API pages at 100). */
async function listAllTechnologies(
  api: ConferenceLearningsApi,
): Promise<TechnologySummary[]> {
  const first = await api.listTechnologies({ limit: MAX_PAGE_LIMIT });
  const offsets: number[] = [];
  for (let o = first.items.length; o < first.totalCount; o += MAX_PAGE_LIMIT) {
    offsets.push(o);
  }
  const rest: TechnologySummary[] = [];
  for (let i = 0; i < offsets.length; i += 4) {
    const pages = await Promise.all(
      offsets
        .slice(i, i + 4)
        .map(offset => api.listTechnologies({ limit: MAX_PAGE_LIMIT, offset })),
    );
    for (const page of pages) rest.push(...page.items);
  }
  return [...first.items, ...rest];
}

type SortKey = 'title' | 'maturity' | 'talkCount' | 'entityCount';
type Direction = 'asc' | 'desc';

const MATURITY_ORDER = [...TECHNOLOGY_MATURITIES, undefined];

function compare(key: SortKey) {
  return (a: TechnologySummary, b: TechnologySummary): number => {
    switch (key) {
      case 'maturity':
        return (
          MATURITY_ORDER.indexOf(a.maturity) -
          MATURITY_ORDER.indexOf(b.maturity)
        );
      case 'talkCount':
        return a.talkCount - b.talkCount;
      case 'entityCount':
        return a.entityCount - b.entityCount;
      default:
        return a.title.localeCompare(b.title);
    }
  };
}

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'title', label: 'Technology' },
  { key: 'maturity', label: 'CNCF maturity' },
  { key: 'talkCount', label: 'Talks', numeric: true },
  { key: 'entityCount', label: 'Services using it', numeric: true },
];

const OTHER = 'Other';

function matches(technology: TechnologySummary, text: string): boolean {
  if (!text) return true;
  const needle = text.toLocaleLowerCase('en-US');
  return [technology.title, technology.name, ...technology.aliases].some(v =>
    v.toLocaleLowerCase('en-US').includes(needle),
  );
}

/**
 * The technologies that pass the filter, by landscape category ("Other" last),
 * sorted within each.
 */
function groupByCategory(
  technologies: TechnologySummary[],
  view: {
    sortKey: SortKey;
    direction: Direction;
    text: string;
    onlyRelevant: boolean;
  },
): { category: string; items: TechnologySummary[] }[] {
  const compareBy = compare(view.sortKey);
  const sign = view.direction === 'asc' ? 1 : -1;
  const byCategory = new Map<string, TechnologySummary[]>();
  for (const technology of technologies) {
    if (
      view.onlyRelevant &&
      technology.talkCount + technology.entityCount === 0
    ) {
      continue;
    }
    if (!matches(technology, view.text.trim())) continue;
    const category = technology.category ?? OTHER;
    byCategory.set(category, [...(byCategory.get(category) ?? []), technology]);
  }
  return [...byCategory.entries()]
    .sort(([a], [b]) => alphabeticalWithLast(OTHER)(a, b))
    .map(([category, items]) => ({
      category,
      items: items.sort(
        (a, b) => sign * compareBy(a, b) || a.title.localeCompare(b.title),
      ),
    }));
}

/** One technology: link, subcategory, maturity, talks (to the Talks tab), users. */
function TechnologyRow(props: { technology: TechnologySummary }) {
  const { technology } = props;
  const classes = useStyles();
  const pageLink = usePageLink();
  return (
    <TableRow hover>
      <TableCell component="th" role="rowheader" scope="row">
        <EntityRefLink
          entityRef={technology.entityRef}
          title={technology.title}
        />
        {technology.subcategory && (
          <Typography variant="body2" color="textSecondary">
            {technology.subcategory}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <MaturityBadge maturity={technology.maturity} />
      </TableCell>
      <TableCell align="right" className={classes.number}>
        {technology.talkCount > 0 && pageLink ? (
          <Link
            to={pageLink(
              new URLSearchParams({ technology: technology.entityRef }),
            )}
            aria-label={`${plural(technology.talkCount, 'talk')} about ${
              technology.title
            }`}
          >
            {technology.talkCount}
          </Link>
        ) : (
          technology.talkCount
        )}
      </TableCell>
      <TableCell align="right" className={classes.number}>
        {technology.entityCount}
      </TableCell>
    </TableRow>
  );
}

/** The column headers; choosing one sorts by it, again reverses. */
function SortableHead(props: {
  sortKey: SortKey;
  direction: Direction;
  onSort: (key: SortKey) => void;
}) {
  const { sortKey, direction, onSort } = props;
  return (
    <TableHead>
      <TableRow>
        {COLUMNS.map(column => (
          <TableCell
            key={column.key}
            align={column.numeric ? 'right' : 'left'}
            sortDirection={sortKey === column.key ? direction : false}
          >
            <TableSortLabel
              active={sortKey === column.key}
              direction={sortKey === column.key ? direction : 'asc'}
              onClick={() => onSort(column.key)}
            >
              {column.label}
            </TableSortLabel>
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}

/**
 * The Technologies tab: every technology grouped by landscape category, with its
 * CNCF maturity, how many talks cover it and how many services use it; sortable.
 */
export function TechnologiesTab() {
  const classes = useStyles();
  const api = useApi(conferenceLearningsApiRef);
  const { value, loading, error } = useAsync(
    () => listAllTechnologies(api),
    [api],
  );
  const [sortKey, setSortKey] = useState<SortKey>('talkCount');
  const [direction, setDirection] = useState<Direction>('desc');
  const [text, setText] = useState('');
  const [onlyRelevant, setOnlyRelevant] = useState(true);

  const groups = useMemo(
    () =>
      groupByCategory(value ?? [], { sortKey, direction, text, onlyRelevant }),
    [value, sortKey, direction, text, onlyRelevant],
  );

  const sortBy = (key: SortKey) => {
    if (key === sortKey) {
      setDirection(d => (d === 'asc' ? 'desc' : 'asc'));
    } else {
      setSortKey(key);
      setDirection(key === 'title' || key === 'maturity' ? 'asc' : 'desc');
    }
  };

  if (error) return <ResponseErrorPanel error={error} />;
  if (loading || !value) return <Progress />;
  if (value.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No technologies in the catalog yet"
        description="Technologies come from the CNCF landscape (conferenceLearnings.providers.landscape) or from catalog files with kind: Technology."
      />
    );
  }

  const shown = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <Paper>
      <div className={classes.controls}>
        <SearchField
          id="conference-learnings-technology-filter"
          label="Filter technologies"
          value={text}
          onChange={setText}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={onlyRelevant}
              onChange={e => setOnlyRelevant(e.target.checked)}
              color="primary"
            />
          }
          label="Only technologies with talks or users"
        />
        <Typography variant="body2" color="textSecondary" aria-live="polite">
          {plural(shown, 'technology', 'technologies')} of {value.length}
        </Typography>
      </div>
      <TableContainer>
        <Table size="small" aria-label="Technologies by category">
          <SortableHead
            sortKey={sortKey}
            direction={direction}
            onSort={sortBy}
          />
          {groups.map(group => (
            <TableBody key={group.category}>
              <TableRow>
                <TableCell
                  component="th"
                  role="rowheader"
                  scope="rowgroup"
                  colSpan={COLUMNS.length}
                  className={classes.category}
                >
                  {group.category} ({group.items.length})
                </TableCell>
              </TableRow>
              {group.items.map(technology => (
                <TechnologyRow
                  key={technology.entityRef}
                  technology={technology}
                />
              ))}
            </TableBody>
          ))}
        </Table>
      </TableContainer>
      {shown === 0 && (
        <Typography variant="body2" className={classes.controls}>
          No technology matches. Clear the filter
          {onlyRelevant
            ? ' or include technologies without talks or users'
            : ''}
          .
        </Typography>
      )}
    </Paper>
  );
}
