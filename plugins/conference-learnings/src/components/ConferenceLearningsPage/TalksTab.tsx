import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  FacetCount,
  TalkFacets,
  TalksPage,
} from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Paper from '@material-ui/core/Paper';
import TablePagination from '@material-ui/core/TablePagination';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { conferenceLearningsApiRef } from '../../api';
import {
  DividedList,
  ListSummaryBar,
  plural,
  refName,
  SearchField,
  TalkSummaryItem,
  TechnologyTitles,
  useAbortableAsync,
  useDebouncedSearchText,
} from '../shared';
import { FacetFilter } from './FacetFilter';
import {
  FacetName,
  FACETS,
  TALK_PAGE_SIZES,
  TalksUrlState,
  toQuery,
  useTalksUrlState,
} from './talksUrlState';

const useStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
    padding: theme.spacing(2),
  },
  progressSlot: { height: 4 },
  results: { padding: theme.spacing(0, 2) },
}));

const byYearDescending = (a: FacetCount, b: FacetCount) =>
  Number(b.value) - Number(a.value);
const capitalise = (v: string) => v.charAt(0).toLocaleUpperCase() + v.slice(1);

/** The facet filters, in the order they are shown. */
const FACET_FILTERS: {
  name: FacetName;
  label: string;
  /** Label of a value the facet does not name */
  fallbackLabel?: (value: string) => string;
  sort?: (a: FacetCount, b: FacetCount) => number;
}[] = [
  { name: 'conference', label: 'Conference', fallbackLabel: refName },
  { name: 'year', label: 'Year', sort: byYearDescending },
  { name: 'technology', label: 'Technology', fallbackLabel: refName },
  { name: 'track', label: 'Track' },
  { name: 'type', label: 'Type', fallbackLabel: capitalise },
];

/**
 * The search box. It keeps its own text, so a keystroke re-renders only the box,
 * never the results; `onSearch` runs once typing pauses. A new `value` (back
 * button, a link, "Clear") replaces the text.
 */
function SearchBox(props: { value: string; onSearch: (q: string) => void }) {
  const { value, onSearch } = props;
  const [input, setInput] = useState(value);
  const searchText = useDebouncedSearchText(input);
  /** The text last searched for, trimmed */
  const sent = useRef(value.trim());
  useEffect(() => {
    if (searchText !== sent.current) {
      sent.current = searchText;
      onSearch(searchText);
    }
  }, [searchText, onSearch]);
  useEffect(() => {
    if (value.trim() !== sent.current) {
      sent.current = value.trim();
      setInput(value);
    }
  }, [value]);
  return (
    <SearchField
      id="conference-learnings-talk-search"
      label="Search talks"
      placeholder="Title, abstract, speaker, technology"
      value={input}
      onChange={setInput}
    />
  );
}

/** The search box and the facet filters, all kept in the URL. */
function TalkFilters(props: {
  url: TalksUrlState;
  facets?: TalkFacets;
  hasFilters: boolean;
}) {
  const { url, facets, hasFilters } = props;
  const classes = useStyles();
  const { update } = url;
  const search = useCallback(
    (q: string) => update({ q }, { replace: true }),
    [update],
  );
  const setFilter = (name: FacetName) => (values: string[]) =>
    update({ filters: { [name]: values } });
  return (
    <Paper
      className={classes.filters}
      component="section"
      aria-label="Search and filters"
    >
      <SearchBox value={url.q} onSearch={search} />
      {FACET_FILTERS.map(filter => (
        <FacetFilter
          key={filter.name}
          id={`conference-learnings-filter-${filter.name}`}
          label={filter.label}
          facet={facets?.[filter.name] ?? []}
          selected={url.filters[filter.name]}
          onChange={setFilter(filter.name)}
          fallbackLabel={filter.fallbackLabel}
          sort={filter.sort}
        />
      ))}
      <Button
        onClick={() => {
          update({
            q: '',
            filters: Object.fromEntries(FACETS.map(n => [n, []])),
          });
        }}
        disabled={!hasFilters}
      >
        Clear search and filters
      </Button>
    </Paper>
  );
}

/** A page of talks found, with paging; or why there is none. */
function TalkResults(props: {
  url: TalksUrlState;
  page: TalksPage;
  hasFilters: boolean;
}) {
  const { url, page, hasFilters } = props;
  const titles = useMemo(() => {
    const map: TechnologyTitles = {};
    for (const f of page.facets.technology) {
      if (f.label) map[f.value.toLocaleLowerCase('en-US')] = f.label;
    }
    return map;
  }, [page.facets]);

  if (page.totalCount === 0) {
    return (
      <EmptyState
        missing="data"
        title={hasFilters ? 'No talks match' : 'No talks in the catalog yet'}
        description={
          hasFilters
            ? 'No talk matches the search and every filter. Remove a filter or search for fewer words.'
            : 'Talks come from conference schedules configured under conferenceLearnings.providers, or from catalog files with kind: Talk.'
        }
      />
    );
  }
  if (page.items.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="This page is past the last one"
        description={`There are ${plural(
          page.totalCount,
          'talk',
        )}, on fewer pages.`}
        action={
          <Button variant="outlined" onClick={() => url.update({})}>
            Go to the first page
          </Button>
        }
      />
    );
  }
  return (
    <>
      <DividedList aria-label="Talks">
        {page.items.map(talk => (
          <TalkSummaryItem
            key={talk.entityRef}
            talk={talk}
            titles={titles}
            usedRefs={url.filters.technology}
            maxChips={6}
          />
        ))}
      </DividedList>
      <TablePagination
        component="div"
        count={page.totalCount}
        page={Math.min(
          url.page,
          Math.max(0, Math.ceil(page.totalCount / url.size) - 1),
        )}
        rowsPerPage={url.size}
        rowsPerPageOptions={TALK_PAGE_SIZES}
        onPageChange={(_e, next) => url.update({ page: next, size: url.size })}
        onRowsPerPageChange={e => url.update({ size: Number(e.target.value) })}
      />
    </>
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
  const query = toQuery(url);
  const queryKey = JSON.stringify(query);
  const talks = useAbortableAsync(
    signal => api.listTalks(query, { signal }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, queryKey],
  );
  const value = talks.value;
  const hasFilters =
    !!query.q || FACETS.some(name => url.filters[name].length > 0);

  let results: JSX.Element;
  if (talks.error) results = <ResponseErrorPanel error={talks.error} />;
  else if (!value) results = <Progress />;
  else results = <TalkResults url={url} page={value} hasFilters={hasFilters} />;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={4} lg={3}>
        <TalkFilters url={url} facets={value?.facets} hasFilters={hasFilters} />
      </Grid>
      <Grid item xs={12} md={8} lg={9}>
        <Paper
          className={classes.results}
          component="section"
          aria-label="Talks found"
        >
          <ListSummaryBar>
            <Typography variant="subtitle1" component="p" aria-live="polite">
              {value
                ? `${plural(value.totalCount, 'talk')}${
                    hasFilters ? ' found' : ''
                  }`
                : ' '}
            </Typography>
          </ListSummaryBar>
          <div className={classes.progressSlot}>
            {talks.loading && value && (
              <LinearProgress aria-label="Loading talks" />
            )}
          </div>
          {results}
        </Paper>
      </Grid>
    </Grid>
  );
}
