import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  MAX_PAGE_LIMIT,
  parseRefOfKind,
  TALK_KIND,
  TALK_TYPES,
  TECHNOLOGY_MATURITIES,
} from '@conference-learnings/plugin-conference-learnings-common';
import { TalkFilters } from '../index/queryTalks';
import { TechnologyFilters } from '../index/queryTechnologies';
import { RANKABLE_KINDS } from '../ranking/entityInterests';

/*
 * Parsing of paths and query strings into validated values; every problem is an
 * InputError (400) that names the parameter. Bodies are parsed by the request
 * parsers of the common package, shared with the frontend.
 */

type Query = Record<string, unknown>;

const validator = makeValidator();
const MAX_QUERY_LENGTH = 200;
const DEFAULT_LIMIT = 20;

/** Rejects parameters a route does not know, so typos do not go unnoticed. */
export function checkQueryParameters(query: Query, allowed: string[]) {
  const unknown = Object.keys(query).filter(key => !allowed.includes(key));
  if (unknown.length) {
    throw new InputError(
      `Unknown query parameter ${unknown.join(', ')}; allowed: ${allowed.join(
        ', ',
      )}`,
    );
  }
}

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new InputError(`${name} must be given once, as a string`);
  }
  return value;
}

function list(query: Query, name: string): string[] | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value];
  if (!values.every(v => typeof v === 'string' && v.trim())) {
    throw new InputError(`${name} must be one or more non-empty strings`);
  }
  return [...new Set((values as string[]).map(v => v.trim()))];
}

function parseLimit(query: Query): number {
  const value = single(query, 'limit');
  if (value === undefined) return DEFAULT_LIMIT;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > MAX_PAGE_LIMIT) {
    throw new InputError(
      `limit must be an integer from 1 to ${MAX_PAGE_LIMIT}`,
    );
  }
  return parsed;
}

function parseOffset(query: Query): number {
  const value = single(query, 'offset');
  if (value === undefined) return 0;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 1_000_000) {
    throw new InputError('offset must be a non-negative integer');
  }
  return parsed;
}

export function parsePage(query: Query): { limit: number; offset: number } {
  return { limit: parseLimit(query), offset: parseOffset(query) };
}

function parseText(query: Query, name: string): string | undefined {
  const value = single(query, name)?.trim();
  if (!value) return undefined;
  if (value.length > MAX_QUERY_LENGTH) {
    throw new InputError(
      `${name} must be at most ${MAX_QUERY_LENGTH} characters long`,
    );
  }
  return value;
}

/** The entity of `/entities/{kind}/{namespace}/{name}/…`, as a full ref of a supported kind. */
export function parseEntityPath(params: {
  kind: string;
  namespace: string;
  name: string;
}): { entityRef: string; kind: string } {
  const { kind, namespace, name } = params;
  if (
    !validator.isValidKind(kind) ||
    !validator.isValidNamespace(namespace.toLocaleLowerCase('en-US')) ||
    !validator.isValidEntityName(name)
  ) {
    throw new InputError(
      `Not a valid entity ref: ${kind}:${namespace}/${name}`,
    );
  }
  const lowerKind = kind.toLocaleLowerCase('en-US');
  if (!RANKABLE_KINDS.includes(lowerKind)) {
    throw new InputError(
      `Talks are related to entities of kind ${RANKABLE_KINDS.join(
        ', ',
      )}; not ${kind}`,
    );
  }
  return {
    entityRef: stringifyEntityRef({ kind, namespace, name }),
    kind: lowerKind,
  };
}

/** The talk of `/talks/{namespace}/{name}/…` or `…/links/{namespace}/{name}`. */
export function parseTalkPath(params: {
  namespace: string;
  name: string;
}): string {
  const { namespace, name } = params;
  if (
    !validator.isValidNamespace(namespace.toLocaleLowerCase('en-US')) ||
    !validator.isValidEntityName(name)
  ) {
    throw new InputError(`Not a valid talk ref: talk:${namespace}/${name}`);
  }
  return stringifyEntityRef({ kind: TALK_KIND, namespace, name });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseLearningId(id: string): string {
  if (!UUID.test(id)) {
    throw new InputError(`Not a learning id: ${id}`);
  }
  return id.toLocaleLowerCase('en-US');
}

const TALK_QUERY_PARAMETERS = [
  'q',
  'technology',
  'conference',
  'year',
  'type',
  'track',
  'limit',
  'offset',
];

/** Filters of `GET /talks`. */
export function parseTalkFilters(query: Query): TalkFilters {
  checkQueryParameters(query, TALK_QUERY_PARAMETERS);
  const filters: TalkFilters = {};
  const q = parseText(query, 'q');
  if (q) filters.q = q;
  const technology = list(query, 'technology');
  if (technology) {
    filters.technology = technology.map(v =>
      parseRefOfKind(v, 'Technology', 'technology'),
    );
  }
  const conference = list(query, 'conference');
  if (conference) {
    filters.conference = conference.map(v =>
      parseRefOfKind(v, 'Conference', 'conference'),
    );
  }
  const year = list(query, 'year');
  if (year) {
    filters.year = year.map(v => {
      const parsed = Number(v);
      if (!Number.isInteger(parsed) || parsed < 1900 || parsed > 2200) {
        throw new InputError(`year must be a four-digit year, not ${v}`);
      }
      return parsed;
    });
  }
  const type = list(query, 'type');
  if (type) {
    filters.type = type.map(v => {
      const lower = v.toLocaleLowerCase('en-US');
      if (!(TALK_TYPES as readonly string[]).includes(lower)) {
        throw new InputError(
          `type must be one of ${TALK_TYPES.join(', ')}; not ${v}`,
        );
      }
      return lower;
    });
  }
  const track = list(query, 'track');
  if (track) {
    if (track.some(t => t.length > MAX_QUERY_LENGTH)) {
      throw new InputError(
        `track must be at most ${MAX_QUERY_LENGTH} characters long`,
      );
    }
    filters.track = track.map(t => t.toLocaleLowerCase('en-US'));
  }
  return filters;
}

/** Filters of `GET /technologies`. */
export function parseTechnologyFilters(query: Query): TechnologyFilters {
  checkQueryParameters(query, ['q', 'category', 'maturity', 'limit', 'offset']);
  const filters: TechnologyFilters = {};
  const q = parseText(query, 'q');
  if (q) filters.q = q;
  const category = parseText(query, 'category');
  if (category) filters.category = category;
  const maturity = parseText(query, 'maturity')?.toLocaleLowerCase('en-US');
  if (maturity) {
    if (!(TECHNOLOGY_MATURITIES as readonly string[]).includes(maturity)) {
      throw new InputError(
        `maturity must be one of ${TECHNOLOGY_MATURITIES.join(', ')}`,
      );
    }
    filters.maturity = maturity;
  }
  return filters;
}

/** Query of `GET /learnings`: the entity to find learnings for, if any, and how many. */
export function parseLearningsQuery(query: Query): {
  entityRef?: string;
  limit: number;
  offset: number;
} {
  checkQueryParameters(query, ['entity', 'limit', 'offset']);
  const entity = single(query, 'entity')?.trim();
  if (!entity) return parsePage(query);
  let ref: { kind: string; namespace: string; name: string };
  try {
    ref = parseEntityRef(entity);
  } catch {
    throw new InputError(
      `entity must be an entity ref such as component:default/name, not ${entity}`,
    );
  }
  return { entityRef: parseEntityPath(ref).entityRef, ...parsePage(query) };
}

/** Query of `GET /learnings/counts`: 1 to 100 talk refs. */
export function parseLearningCountsQuery(query: Query): string[] {
  checkQueryParameters(query, ['talk']);
  const talks = list(query, 'talk');
  if (!talks || talks.length > MAX_PAGE_LIMIT) {
    throw new InputError(
      `talk must be given 1 to ${MAX_PAGE_LIMIT} times, once per talk ref`,
    );
  }
  return [...new Set(talks.map(t => parseRefOfKind(t, TALK_KIND, 'talk')))];
}

/** Query of the routes that only page: `limit` and `offset`. */
export function parsePageOnly(query: Query): { limit: number; offset: number } {
  checkQueryParameters(query, ['limit', 'offset']);
  return parsePage(query);
}
