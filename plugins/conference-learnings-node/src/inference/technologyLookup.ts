import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { TECHNOLOGY_KIND } from '@conference-learnings/plugin-conference-learnings-common';

/** What a lookup needs to know of one Technology entity. @public */
export interface TechnologyLookupEntry {
  /** Full entity ref, `technology:default/argo` */
  ref: string;
  /** Entity name (slug) */
  name: string;
  title?: string;
  aliases?: string[];
  /** The project's source repository (`spec.repository`), for repository evidence */
  repository?: string;
}

/**
 * The catalog fields {@link technologyLookupEntry} reads, for queries that fetch
 * Technology entities only to build a lookup.
 * @public
 */
export const TECHNOLOGY_LOOKUP_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.aliases',
  'spec.repository',
];

/**
 * What a lookup needs of a Technology entity. The catalog processors, the backend
 * and the CLI all build their lookups with it, so they resolve names alike.
 * @public
 */
export function technologyLookupEntry(entity: Entity): TechnologyLookupEntry {
  const aliases = entity.spec?.aliases;
  const repository = entity.spec?.repository;
  return {
    ref: stringifyEntityRef(entity),
    name: entity.metadata.name,
    title: entity.metadata.title,
    aliases: Array.isArray(aliases) ? (aliases as string[]) : undefined,
    ...(typeof repository === 'string' ? { repository } : {}),
  };
}

/** Resolves names, aliases, tags and refs to Technology entity refs. @public */
export interface TechnologyLookup {
  /** The full ref of the technology that a name, alias, tag or ref means, if any. */
  resolve(nameAliasOrRef: string): string | undefined;
}

/** Case, spacing and punctuation do not matter: `Argo CD`, `argo-cd` and `argocd` are one key. */
function normalise(text: string): string {
  return text.toLocaleLowerCase('en-US').replace(/[^\p{L}\p{N}+#]/gu, '');
}

/**
 * Builds a lookup over Technology entities. A ref (`technology:default/argo`) is
 * resolved exactly; anything else by normalised name, title or alias. When two
 * technologies claim the same alias, the first one given keeps it.
 * @public
 */
export function createTechnologyLookup(
  entries: TechnologyLookupEntry[],
): TechnologyLookup {
  const refs = new Set(entries.map(e => e.ref));
  const byKey = new Map<string, string>();
  const claim = (text: string | undefined, ref: string) => {
    const key = text ? normalise(text) : '';
    if (key && !byKey.has(key)) byKey.set(key, ref);
  };
  for (const entry of entries) {
    claim(entry.name, entry.ref);
    claim(entry.title, entry.ref);
  }
  for (const entry of entries) {
    for (const alias of entry.aliases ?? []) claim(alias, entry.ref);
  }
  return {
    resolve(text) {
      const trimmed = text.trim();
      if (trimmed.includes(':') || trimmed.includes('/')) {
        try {
          const ref = stringifyEntityRef(
            parseEntityRef(trimmed, {
              defaultKind: TECHNOLOGY_KIND,
              defaultNamespace: 'default',
            }),
          );
          if (refs.has(ref)) return ref;
        } catch {
          // not a ref: fall through to names
        }
      }
      return byKey.get(normalise(trimmed));
    },
  };
}
