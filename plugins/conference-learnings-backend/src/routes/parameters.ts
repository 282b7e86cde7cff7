import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CONFERENCE_LEARNINGS_ENTITY_KINDS,
  ListTalksQuery,
  parseRefOfKind,
  TALK_KIND,
  TECHNOLOGY_KIND,
  CONFERENCE_KIND,
} from '@conference-learnings/plugin-conference-learnings-common';
import { TalkFilters } from '../catalogIndex/queryTalks';
import { TechnologyFilters } from '../catalogIndex/queryTechnologies';

/*
 * The domain rules of paths and query strings, after the OpenAPI document's own
 * validation (types, ranges, unknown parameters): refs must be refs the catalog
 * could hold, of a kind the route serves. Every problem is an InputError (400)
 * that names the parameter.
 */

const validator = makeValidator();
const DEFAULT_LIMIT = 20;

/** A page: `limit` (default 20) and `offset` (default 0). */
export interface PageQuery {
  limit: number;
  offset: number;
}

export function pageOf(query: { limit?: number; offset?: number }): PageQuery {
  return { limit: query.limit ?? DEFAULT_LIMIT, offset: query.offset ?? 0 };
}

function checkRefParts(kind: string, namespace: string, name: string) {
  if (
    !validator.isValidKind(kind) ||
    !validator.isValidNamespace(namespace.toLocaleLowerCase('en-US')) ||
    !validator.isValidEntityName(name)
  ) {
    throw new InputError(
      `Not a valid entity ref: ${kind}:${namespace}/${name}`,
    );
  }
}

/** The entity of `/entities/{kind}/{namespace}/{name}/…`, as a full ref of a kind talks are ranked for. */
export function parseEntityPath(params: {
  kind: string;
  namespace: string;
  name: string;
}): string {
  const { kind, namespace, name } = params;
  checkRefParts(kind, namespace, name);
  if (
    !CONFERENCE_LEARNINGS_ENTITY_KINDS.includes(kind.toLocaleLowerCase('en-US'))
  ) {
    throw new InputError(
      `Talks are related to entities of kind ${CONFERENCE_LEARNINGS_ENTITY_KINDS.join(
        ', ',
      )}; not ${kind}`,
    );
  }
  return stringifyEntityRef({ kind, namespace, name });
}

/** The full ref of `/talks/{namespace}/{name}/…`, `/technologies/…/…` or `/conferences/…/…`. */
export function parsePathOfKind(
  kind: typeof TALK_KIND | typeof TECHNOLOGY_KIND | typeof CONFERENCE_KIND,
  params: { namespace: string; name: string },
): string {
  checkRefParts(kind, params.namespace, params.name);
  return stringifyEntityRef({ kind, ...params });
}

function text(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** Filters of `GET /talks`, refs made full. */
export function parseTalkFilters(
  query: Omit<ListTalksQuery, 'limit' | 'offset'>,
): TalkFilters {
  const filters: TalkFilters = {};
  const q = text(query.q);
  if (q) filters.q = q;
  if (query.technology) {
    filters.technology = [
      ...new Set(
        query.technology.map(v =>
          parseRefOfKind(v, TECHNOLOGY_KIND, 'technology'),
        ),
      ),
    ];
  }
  if (query.conference) {
    filters.conference = [
      ...new Set(
        query.conference.map(v =>
          parseRefOfKind(v, 'Conference', 'conference'),
        ),
      ),
    ];
  }
  if (query.year) filters.year = [...new Set(query.year)];
  if (query.type) filters.type = [...new Set(query.type)];
  if (query.track) {
    filters.track = [
      ...new Set(query.track.map(t => t.trim().toLocaleLowerCase('en-US'))),
    ];
  }
  return filters;
}

/** Filters of `GET /technologies`. */
export function parseTechnologyFilters(query: {
  q?: string;
  category?: string;
  maturity?: string;
}): TechnologyFilters {
  const filters: TechnologyFilters = {};
  const q = text(query.q);
  if (q) filters.q = q;
  const category = text(query.category);
  if (category) filters.category = category;
  if (query.maturity) filters.maturity = query.maturity;
  return filters;
}

/** `entity` of `GET /learnings`: a full ref of a kind talks are ranked for. */
export function parseEntityParameter(
  value: string | undefined,
): string | undefined {
  const entity = text(value);
  if (!entity) return undefined;
  let ref: { kind: string; namespace: string; name: string };
  try {
    ref = parseEntityRef(entity);
  } catch {
    throw new InputError(
      `entity must be an entity ref such as component:default/name, not ${entity}`,
    );
  }
  return parseEntityPath(ref);
}

/** `talk` of `GET /learnings/counts`: full talk refs, without repeats. */
export function parseTalkRefs(values: string[]): string[] {
  return [...new Set(values.map(t => parseRefOfKind(t, TALK_KIND, 'talk')))];
}
