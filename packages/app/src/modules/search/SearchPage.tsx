import {
  CatalogIcon,
  Content,
  useSidebarPinState,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { Router as SearchRouter, SearchType } from '@backstage/plugin-search';
import {
  DefaultResultListItem,
  SearchBar,
  SearchFilter,
  SearchPagination,
  SearchResult,
  SearchResultPager,
} from '@backstage/plugin-search-react';
import {
  SearchFilterExtensionComponent,
  SearchFilterResultTypeBlueprintParams,
  SearchResultItemExtensionComponent,
  SearchResultItemExtensionPredicate,
} from '@backstage/plugin-search-react/alpha';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import Paper from '@material-ui/core/Paper';
import { makeStyles } from '@material-ui/core/styles';
import { Route, Routes } from 'react-router-dom';

/** How to show the results a predicate matches, from a `search-result-list-item` extension. */
export interface ResultItem {
  predicate?: SearchResultItemExtensionPredicate;
  component: SearchResultItemExtensionComponent;
}

export interface SearchPageProps {
  /** From `search-filter-result-type` extensions */
  resultTypes: SearchFilterResultTypeBlueprintParams[];
  items: ResultItem[];
  filters: SearchFilterExtensionComponent[];
  noTrack: boolean;
}

/** The catalog's own result type: the catalog collator indexes entities. */
const CATALOG_TYPE: SearchFilterResultTypeBlueprintParams = {
  value: 'software-catalog',
  name: 'Software Catalog',
  icon: <CatalogIcon />,
};

const KINDS = [
  'API',
  'Component',
  'Conference',
  'Domain',
  'Group',
  'Location',
  'Resource',
  'System',
  'Technology',
  'User',
];

const useStyles = makeStyles(theme => ({
  filter: {
    '& + &': { marginTop: theme.spacing(2.5) },
  },
  filters: {
    padding: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
}));

function SearchPageContent(props: SearchPageProps) {
  const classes = useStyles();
  const { isMobile } = useSidebarPinState();
  const defaultType =
    useApi(configApiRef).getOptionalString('search.defaultType');
  const componentOf = (
    result: Parameters<SearchResultItemExtensionPredicate>[0],
  ) =>
    props.items.find(item => item.predicate?.(result))?.component ??
    DefaultResultListItem;
  return (
    <Content>
      <Grid container direction="row">
        <Grid item xs={12}>
          <SearchBar debounceTime={100} />
        </Grid>
        {!isMobile && (
          <Grid item xs={3}>
            <SearchType.Accordion
              name="Result Type"
              defaultValue={defaultType}
              showCounts
              types={[CATALOG_TYPE, ...props.resultTypes]}
            />
            <Paper className={classes.filters}>
              <SearchFilter.Select
                className={classes.filter}
                label="Kind"
                name="kind"
                values={KINDS}
              />
              <SearchFilter.Checkbox
                className={classes.filter}
                label="Lifecycle"
                name="lifecycle"
                values={['experimental', 'production']}
              />
              {props.filters.map((Filter, index) => (
                <Filter key={index} className={classes.filter} />
              ))}
            </Paper>
          </Grid>
        )}
        <Grid item xs>
          <SearchPagination />
          <SearchResult>
            {({ results }) => (
              <List>
                {results.map((result, index) => {
                  const Item = componentOf(result);
                  const { document, ...rest } = result;
                  return (
                    <Item
                      key={index}
                      {...rest}
                      result={document}
                      noTrack={props.noTrack}
                    />
                  );
                })}
              </List>
            )}
          </SearchResult>
          <SearchResultPager />
        </Grid>
      </Grid>
    </Content>
  );
}

/**
 * Backstage's search page without its built-in "Documentation" (TechDocs)
 * result type: nothing here indexes TechDocs, so counting it only made the
 * backend answer 400. It offers the catalog's type and those that extensions
 * add (Conference Learnings' talks), with the same filters and URL.
 */
export function SearchPage(props: SearchPageProps) {
  // The search plugin's Router keeps the search in the URL (`?query=…&types[]=…`),
  // as on Backstage's own page, around its outlet.
  return (
    <Routes>
      <Route element={<SearchRouter />}>
        <Route path="*" element={<SearchPageContent {...props} />} />
      </Route>
    </Routes>
  );
}
