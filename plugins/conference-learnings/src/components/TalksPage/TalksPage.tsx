import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import TablePagination from '@material-ui/core/TablePagination';
import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { conferenceLearningsApiRef } from '../../api';
import { TalkList } from '../TalkList';

const PAGE_SIZE = 20;

/** Debounces a value so typing never waits for the server. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The Conference Learnings page: every talk in the catalog, searchable. */
export function TalksPage() {
  const api = useApi(conferenceLearningsApiRef);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const q = useDebounced(query.trim(), 300);
  useEffect(() => setPage(0), [q]);

  const { value, loading, error } = useAsync(
    () =>
      api.listTalks({
        q: q || undefined,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    [api, q, page],
  );

  return (
    <Page themeId="tool">
      <Header
        title="Conference Learnings"
        subtitle="Conference talks on the technologies your services use"
      />
      <Content>
        <ContentHeader title="Talks">
          <TextField
            label="Search talks"
            value={query}
            onChange={e => setQuery(e.target.value)}
            variant="outlined"
            size="small"
          />
        </ContentHeader>
        {error && <ResponseErrorPanel error={error} />}
        {loading && !value && <Progress />}
        {value && value.totalCount === 0 && (
          <EmptyState
            missing="data"
            title={q ? `No talks match "${q}"` : 'No talks in the catalog yet'}
            description="Talks come from conference schedules configured under conferenceLearnings.providers, or from catalog files with kind: Talk."
          />
        )}
        {value && value.totalCount > 0 && (
          <>
            <TalkList talks={value.items} />
            <TablePagination
              component="div"
              count={value.totalCount}
              page={page}
              rowsPerPage={PAGE_SIZE}
              rowsPerPageOptions={[PAGE_SIZE]}
              onPageChange={(_e, next) => setPage(next)}
            />
          </>
        )}
      </Content>
    </Page>
  );
}
