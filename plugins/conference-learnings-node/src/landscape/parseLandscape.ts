import { InputError } from '@backstage/errors';
import { parse } from 'yaml';
import {
  TechnologyMaturity,
  TECHNOLOGY_MATURITIES,
} from '@conference-learnings/plugin-conference-learnings-common';
import { baseName, compactName, nameVariants } from '../detection/names';
import { technologyEntityName } from '../detection/technologyEntityName';

/** Landscape categories whose items are organisations or certifications, not technologies. */
const NON_TECHNOLOGY_CATEGORIES = new Set(['CNCF Members', 'Special']);

/**
 * A technology of the CNCF landscape: what the landscape entity provider turns
 * into a Technology entity (see `technologyToEntity`) and what the detection
 * engine matches (it is a `TechnologyDescriptor`). Items that share an entity
 * name, or that are one project listed twice (e.g. `Flink` and `Apache Flink`),
 * are one technology.
 * @public
 */
export interface LandscapeTechnology {
  /** The item name, e.g. `Open Policy Agent (OPA)`. */
  name: string;
  /** Entity name, see {@link technologyEntityName}. */
  entityName: string;
  /** Entity ref, `technology:default/<entityName>`. */
  ref: string;
  category: string;
  subcategory: string;
  /** CNCF maturity, from the item's `project` field. */
  maturity?: TechnologyMaturity;
  homepage?: string;
  /** The project's source repository (`repo_url`). */
  repository?: string;
  description?: string;
  /** Names of the other items merged into this one, e.g. `['Apache Flink']`. */
  aliases: string[];
}

interface RawItem {
  name?: unknown;
  project?: unknown;
  homepage_url?: unknown;
  repo_url?: unknown;
  description?: unknown;
}

interface Item {
  name: string;
  category: string;
  subcategory: string;
  raw: RawItem;
}

const str = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
const url = (value: unknown) => str(value)?.toLowerCase().replace(/\/+$/, '');

/** A list the landscape gives, or an `InputError` naming where it is not one. */
function listAt(value: unknown, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new InputError(`Not a CNCF landscape.yml: ${where} is not a list`);
  }
  return value;
}

function readItems(landscapeYaml: string): Item[] {
  const doc = parse(landscapeYaml) as { landscape?: unknown } | null;
  if (!doc || !Array.isArray(doc.landscape)) {
    throw new InputError(
      'Not a CNCF landscape.yml: it has no top-level "landscape" list',
    );
  }
  const items: Item[] = [];
  for (const category of doc.landscape) {
    const categoryName = str(category?.name);
    if (!categoryName || NON_TECHNOLOGY_CATEGORIES.has(categoryName)) continue;
    for (const subcategory of listAt(
      category.subcategories,
      `the subcategories of ${categoryName}`,
    ) as { name?: unknown; items?: unknown }[]) {
      for (const raw of listAt(
        subcategory?.items,
        `the items of ${categoryName} / ${str(subcategory?.name) ?? '?'}`,
      ) as RawItem[]) {
        const name = str(raw?.name);
        if (name) {
          items.push({
            name,
            category: categoryName,
            subcategory: str(subcategory.name) ?? '',
            raw,
          });
        }
      }
    }
  }
  return items;
}

/**
 * Keys under which two items are the same technology: the same entity name;
 * the same base name (without `(Wasm)`, a vendor prefix …); or the same
 * homepage or repository and a shared name (`OPA/Gatekeeper`, `Open Policy Agent (OPA)`).
 */
function identityKeys(item: Item): string[] {
  const keys = [`slug:${technologyEntityName(item.name)}`];
  const variants = nameVariants(item.name);
  keys.push(
    `name:${compactName(
      baseName(item.name).replace(/^(apache|eclipse)\s+/i, ''),
    )}`,
  );
  for (const site of [url(item.raw.homepage_url), url(item.raw.repo_url)]) {
    if (!site) continue;
    for (const variant of variants)
      keys.push(`site:${site}:${compactName(variant.text)}`);
  }
  return keys;
}

function maturityOf(raw: RawItem): TechnologyMaturity | undefined {
  const project = str(raw.project);
  return TECHNOLOGY_MATURITIES.find(m => m === project);
}

/** Which landscape items to keep. @public */
export interface LandscapeFilter {
  /** Only the CNCF's own projects (graduated, incubating, sandbox, archived). */
  onlyCncfProjects?: boolean;
  /** Only items of these categories, e.g. `Provisioning`. */
  categories?: string[];
}

/**
 * Parses a CNCF `landscape.yml` into its technologies: the items outside the
 * categories "CNCF Members" and "Special", one per project, optionally filtered.
 * The landscape provider, the CLI and the detection benchmarks all read the
 * landscape with it, so they name technologies alike.
 * @throws InputError when the text is not a landscape.
 * @public
 */
export function parseLandscape(
  landscapeYaml: string,
  filter: LandscapeFilter = {},
): LandscapeTechnology[] {
  const items = readItems(landscapeYaml);
  // union-find over items that share an identity key
  const parent = items.map((_, i) => i);
  const find = (item: number): number => {
    let i = item;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of identityKeys(item)) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, Item[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  const result: LandscapeTechnology[] = [];
  for (const group of [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, g]) => g)) {
    // the CNCF project's own entry names the technology, else the first listed
    const primary = group.find(item => maturityOf(item.raw)) ?? group[0];
    const entityName = technologyEntityName(primary.name);
    result.push({
      name: primary.name,
      entityName,
      ref: `technology:default/${entityName}`,
      category: primary.category,
      subcategory: primary.subcategory,
      maturity: maturityOf(primary.raw),
      homepage: str(primary.raw.homepage_url),
      repository: str(primary.raw.repo_url),
      description: str(primary.raw.description),
      aliases: [...new Set(group.map(item => item.name))].filter(
        n => n !== primary.name,
      ),
    });
  }
  const { onlyCncfProjects, categories } = filter;
  return result
    .filter(t => !onlyCncfProjects || t.maturity)
    .filter(t => !categories || categories.includes(t.category));
}
