import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  FacetCount,
  ListTalksQuery,
  TALK_TYPES,
  TalkType,
} from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import InputAdornment from '@material-ui/core/InputAdornment';
import LinearProgress from '@material-ui/core/LinearProgress';
import Paper from '@material-ui/core/Paper';
import TablePagination from '@material-ui/core/TablePagination';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import SearchIcon from '@material-ui/icons/Search';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { conferenceLearningsApiRef } from '../../api';
import {
  plural,
  refName,
  TalkSummaryItem,
  TechnologyTitles,
  useAbortableAsync,
  useDebouncedValue,
} from '../shared';
import { FacetFilter } from './FacetFilter';

/** Rows per page; the first is the default. */
const TALK_PAGE_SIZES = [20, 50, 100];
/** How long typing pauses before the search runs. */
const SEARCH_DEBOUNCE_MS = 300;

const FACETS = ['conference', 'technology', 'year', 'type', 'track'] as const;
type FacetName = (typeof FACETS)[number];

const useStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
    padding: theme.spacing(2),
  },
  summary: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    minHeight: theme.spacing(5),
  },
  progressSlot: { height: 4 },
  results: { padding: theme.spacing(0, 2) },
  list: { listStyle: 'none', margin: 0, padding: 0 },
}));

/** The talks query as the URL says it: `?q=&conference=&technology=&year=&type=&track=&page=&size=`. */
function useTalksUrlState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => {
    const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
    const size = Number(params.get('size'));
    const filters = Object.fromEntries(
      FACETS.map(name => [name, params.getAll(name).filter(Boolean)]),
    ) as Record<FacetName, string[]>;
    return {
      q: params.get('q') ?? '',
      filters,
      page: page - 1,
      size: TALK_PAGE_SIZES.includes(size) ? size : TALK_PAGE_SIZES[0],
    };
  }, [params]);

  const update = useCallback(
    (
      change: {
        q?: string;
        filters?: Partial<Record<FacetName, string[]>>;
        page?: number;
        size?: number;
      },
      options: { replace?: boolean } = {},
    ) => {
      setParams(
        current => {
          const next = new URLSearchParams(current);
          if (change.q !== undefined) {
            if (change.q) next.set('q', change.q);
            else next.delete('q');
          }
          for (const [name, values] of Object.entries(change.filters ?? {})) {
            next.delete(name);
            for (const value of values ?? []) next.append(name, value);
          }
          if (change.size !== undefined) {
            if (change.size === TALK_PAGE_SIZES[0]) next.delete('size');
            else next.set('size', String(change.size));
          }
          const page = change.page ?? 0; // any other change starts at page 1
          if (page > 0) next.set('page', String(page + 1));
          else next.delete('page');
          return next;
        },
        { replace: options.replace },
      );
    },
    [setParams],
  );
  return { ...state, update };
}

function toQuery(state: ReturnType<typeof useTalksUrlState>): ListTalksQuery {
  const { filters } = state;
  const years = filters.year.map(Number).filter(Number.isInteger);
  const types = filters.type
    .map(t => t.toLocaleLowerCase('en-US'))
    .filter((t): t is TalkType =>
      (TALK_TYPES as readonly string[]).includes(t),
    );
  return {
    q: state.q.trim() || undefined,
    conference: filters.conference.length ? filters.conference : undefined,
    technology: filters.technology.length ? filters.technology : undefined,
    year: years.length ? years : undefined,
    type: types.length ? types : undefined,
    track: filters.track.length ? filters.track : undefined,
    limit: state.size,
    offset: state.page * state.size,
  };
}

const byYearDescending = (a: FacetCount, b: FacetCount) =>
  Number(b.value) - Number(a.value);
const capitalise = (v: string) => v.charAt(0).toLocaleUpperCase() + v.slice(1);

/**
 * The search box. It keeps its own text, so a keystroke re-renders only the box,
 * never the results; `onSearch` runs once typing pauses. A new `value` (back
 * button, a link, "Clear") replaces the text.
 */
function SearchBox(props: { value: string; onSearch: (q: string) => void }) {
  const { value, onSearch } = props;
  const [input, setInput] = useState(value);
  const debounced = useDebouncedValue(input, SEARCH_DEBOUNCE_MS);
  const sent = useRef(value);
  useEffect(() => {
    if (debounced.trim() !== sent.current.trim()) {
      sent.current = debounced;
      onSearch(debounced.trim());
    }
  }, [debounced, onSearch]);
  useEffect(() => {
    if (value.trim() !== sent.current.trim()) {
      sent.current = value;
      setInput(value);
    }
  }, [value]);
  return (
    <TextField
      id="conference-learnings-talk-search"
      label="Search talks"
      placeholder="Title, abstract, speaker, technology"
      variant="outlined"
      size="small"
      type="search"
      value={input}
      onChange={e => setInput(e.target.value)}
      InputProps={{
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        ),
      }}
    />
  );
}

/**
 * The Talks tab: search (debounced, server-side), facet filters, server-side
 * pagination; every choice is kept in the URL's query string.
 */
export function TalksTab() {
  const classes = useStyles();
  const api = useApi(conferenceLearningsApiRef);
  const url = useTalksUrlState();

  const { update } = url;
  const search = useCallback(
    (q: string) => update({ q }, { replace: true }),
    [update],
  );

  const query = toQuery(url);
  const queryKey = JSON.stringify(query);
  const talks = useAbortableAsync(
    signal => api.listTalks(query, { signal }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, queryKey],
  );
  const value = talks.value;
  const facets = value?.facets;

  const titles = useMemo(() => {
    const map: TechnologyTitles = {};
    for (const f of facets?.technology ?? []) {
      if (f.label) map[f.value.toLocaleLowerCase('en-US')] = f.label;
    }
    return map;
  }, [facets]);

  const hasFilters =
    !!query.q || FACETS.some(name => url.filters[name].length > 0);
  const setFilter = (name: FacetName) => (values: string[]) =>
    url.update({ filters: { [name]: values } });

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={4} lg={3}>
        <Paper
          className={classes.filters}
          component="section"
          aria-label="Search and filters"
        >
          <SearchBox value={url.q} onSearch={search} />
          <FacetFilter
            id="conference-learnings-filter-conference"
            label="Conference"
            facet={facets?.conference ?? []}
            selected={url.filters.conference}
            onChange={setFilter('conference')}
            fallbackLabel={refName}
          />
          <FacetFilter
            id="conference-learnings-filter-year"
            label="Year"
            facet={facets?.year ?? []}
            selected={url.filters.year}
            onChange={setFilter('year')}
            sort={byYearDescending}
          />
          <FacetFilter
            id="conference-learnings-filter-technology"
            label="Technology"
            facet={facets?.technology ?? []}
            selected={url.filters.technology}
            onChange={setFilter('technology')}
            fallbackLabel={refName}
          />
          <FacetFilter
            id="conference-learnings-filter-track"
            label="Track"
            facet={facets?.track ?? []}
            selected={url.filters.track}
            onChange={setFilter('track')}
          />
          <FacetFilter
            id="conference-learnings-filter-type"
            label="Type"
            facet={facets?.type ?? []}
            selected={url.filters.type}
            onChange={setFilter('type')}
            fallbackLabel={capitalise}
          />
          <Button
            onClick={() => {
              url.update({
                q: '',
                filters: Object.fromEntries(FACETS.map(n => [n, []])),
              });
            }}
            disabled={!hasFilters}
          >
            Clear search and filters
          </Button>
        </Paper>
      </Grid>
      <Grid item xs={12} md={8} lg={9}>
        <Paper
          className={classes.results}
          component="section"
          aria-label="Talks found"
        >
          <div className={classes.summary}>
            <Typography variant="subtitle1" component="p" aria-live="polite">
              {value
                ? `${plural(value.totalCount, 'talk')}${
                    hasFilters ? ' found' : ''
                  }`
                : ' '}
            </Typography>
          </div>
          <div className={classes.progressSlot}>
            {talks.loading && value && (
              <LinearProgress aria-label="Loading talks" />
            )}
          </div>
          {talks.error && <ResponseErrorPanel error={talks.error} />}
          {!talks.error && !value && <Progress />}
          {!talks.error && value && value.totalCount === 0 && (
            <EmptyState
              missing="data"
              title={
                hasFilters ? 'No talks match' : 'No talks in the catalog yet'
              }
              description={
                hasFilters
                  ? 'No talk matches the search and every filter. Remove a filter or search for fewer words.'
                  : 'Talks come from conference schedules configured under conferenceLearnings.providers, or from catalog files with kind: Talk.'
              }
            />
          )}
          {!talks.error &&
            value &&
            value.totalCount > 0 &&
            value.items.length === 0 && (
              <EmptyState
                missing="data"
                title="This page is past the last one"
                description={`There are ${plural(
                  value.totalCount,
                  'talk',
                )}, on fewer pages.`}
                action={
                  <Button variant="outlined" onClick={() => url.update({})}>
                    Go to the first page
                  </Button>
                }
              />
            )}
          {!talks.error && value && value.items.length > 0 && (
            <>
              <ul className={classes.list} aria-label="Talks">
                {value.items.map(talk => (
                  <TalkSummaryItem
                    key={talk.entityRef}
                    talk={talk}
                    titles={titles}
                    usedRefs={url.filters.technology}
                    maxChips={6}
                  />
                ))}
              </ul>
              <TablePagination
                component="div"
                count={value.totalCount}
                page={Math.min(
                  url.page,
                  Math.max(0, Math.ceil(value.totalCount / url.size) - 1),
                )}
                rowsPerPage={url.size}
                rowsPerPageOptions={TALK_PAGE_SIZES}
                onPageChange={(_e, page) =>
                  url.update({ page, size: url.size })
                }
                onRowsPerPageChange={e =>
                  url.update({ size: Number(e.target.value) })
                }
              />
            </>
          )}
        </Paper>
      </Grid>
    </Grid>
  );
}
