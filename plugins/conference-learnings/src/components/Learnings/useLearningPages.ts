import {
  Learning,
  LearningsPage,
  MAX_PAGE_LIMIT,
} from '@conference-learnings/plugin-conference-learnings-common';
import { DependencyList, useRef, useState } from 'react';
import { PageQuery } from '../../api';
import { useAbortableAsync } from '../shared';

const PAGE_SIZE = 20;

type LoadPage = (
  page: PageQuery,
  signal: AbortSignal,
) => Promise<LearningsPage>;

/** The first `count` learnings, read in pages the backend accepts. */
async function loadFirst(
  load: LoadPage,
  count: number,
  signal: AbortSignal,
): Promise<LearningsPage> {
  const first = await load({ limit: Math.min(count, MAX_PAGE_LIMIT) }, signal);
  const items = [...first.items];
  while (items.length < Math.min(count, first.totalCount)) {
    const page = await load(
      {
        limit: Math.min(count - items.length, MAX_PAGE_LIMIT),
        offset: items.length,
      },
      signal,
    );
    if (page.items.length === 0) break;
    items.push(...page.items);
  }
  return { items, totalCount: first.totalCount };
}

/**
 * Learnings read a page at a time: the first page whenever `deps` change, the
 * next one appended by `showMore`. `retry` reloads as many as are shown, so a
 * change does not shrink the list.
 */
export function useLearningPages(load: LoadPage, deps: DependencyList) {
  const [more, setMore] = useState<{
    items: Learning[];
    loading: boolean;
    error?: Error;
  }>({ items: [], loading: false });
  /** How many learnings the next reload reads; 0 for the first page */
  const reloadCount = useRef(0);
  const moreController = useRef<AbortController>();

  const first = useAbortableAsync(async signal => {
    moreController.current?.abort();
    const count = Math.max(PAGE_SIZE, reloadCount.current);
    reloadCount.current = 0;
    const page = await loadFirst(load, count, signal);
    setMore({ items: [], loading: false });
    return page;
  }, deps);

  const items = [...(first.value?.items ?? []), ...more.items];

  const showMore = async () => {
    const controller = new AbortController();
    moreController.current = controller;
    setMore(m => ({ ...m, loading: true, error: undefined }));
    try {
      const page = await load(
        { limit: PAGE_SIZE, offset: items.length },
        controller.signal,
      );
      if (!controller.signal.aborted) {
        setMore(m => ({ items: [...m.items, ...page.items], loading: false }));
      }
    } catch (error) {
      if (!controller.signal.aborted) {
        setMore(m => ({ ...m, loading: false, error: error as Error }));
      }
    }
  };

  const retry = () => {
    reloadCount.current = items.length;
    first.retry();
  };

  return {
    items,
    /** Undefined until the first page arrived */
    totalCount: first.value?.totalCount,
    loading: first.loading,
    error: first.error,
    retry,
    showMore,
    loadingMore: more.loading,
    moreError: more.error,
  };
}
