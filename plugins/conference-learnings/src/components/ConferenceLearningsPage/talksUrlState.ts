import {
  ListTalksQuery,
  TALK_TYPES,
  TalkType,
} from '@conference-learnings/plugin-conference-learnings-common';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** Rows per page; the first is the default. */
export const TALK_PAGE_SIZES = [20, 50, 100];

export const FACETS = [
  'conference',
  'technology',
  'year',
  'type',
  'track',
] as const;
export type FacetName = (typeof FACETS)[number];

/** The talks query as the URL says it: `?q=&conference=&technology=&year=&type=&track=&page=&size=`. */
export function useTalksUrlState() {
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

export type TalksUrlState = ReturnType<typeof useTalksUrlState>;

/** What the URL asks for, as a `GET /talks` query. */
export function toQuery(state: TalksUrlState): ListTalksQuery {
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
