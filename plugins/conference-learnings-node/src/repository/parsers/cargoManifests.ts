import { stronger } from '../scopes';
import { parse as parseToml } from 'smol-toml';
import { EvidenceScope, ManifestMention, RepositoryFile } from '../types';
import { lineFinder } from './lines';
import {
  keysOf,
  mentions,
  Scoped,
  scopeOfGroup,
  toolMention,
} from './packageManifests';

/*
 * `Cargo.toml`: Rust and cargo, the crates a package depends on, and the
 * features chosen of them — a crate's feature often picks the backend it talks
 * to (`diesel/postgres`). Optional crates count as the features enabling them
 * do: those `default` enables run, those of a feature named for profiling or
 * tests are for that.
 */

type Features = Record<string, string[]>;

function featuresOf(table: unknown): Features {
  return Object.fromEntries(
    Object.entries(table && typeof table === 'object' ? table : {}).map(
      ([feature, enabled]) => [
        feature,
        (Array.isArray(enabled) ? enabled : []).filter(
          (entry): entry is string => typeof entry === 'string',
        ),
      ],
    ),
  );
}

/** The features `default` enables, itself included, followed through. */
function defaultFeatures(features: Features): Set<string> {
  const enabled = new Set<string>();
  const pending = ['default'];
  while (pending.length) {
    const feature = pending.pop()!;
    if (enabled.has(feature) || !(feature in features)) continue;
    enabled.add(feature);
    pending.push(...features[feature]);
  }
  return enabled;
}

/** The crate a feature's entry enables (`dep:x`, `x/f`, `x?/f`, or `x` when no feature is named so). */
function crateOfEntry(entry: string, features: Features): string | undefined {
  if (entry.startsWith('dep:')) return entry.slice('dep:'.length);
  if (entry.includes('/'))
    return entry.slice(0, entry.indexOf('/')).replace(/\?$/, '');
  return entry in features ? undefined : entry;
}

/** The scope of each crate the features enable: the strongest of the features enabling it. */
function featureScopes(features: Features): Map<string, EvidenceScope> {
  const defaults = defaultFeatures(features);
  const scopes = new Map<string, EvidenceScope>();
  for (const [feature, entries] of Object.entries(features)) {
    const scope = defaults.has(feature) ? 'runtime' : scopeOfGroup(feature);
    for (const entry of entries) {
      const crate = crateOfEntry(entry, features);
      if (crate)
        scopes.set(crate, stronger(scopes.get(crate) ?? 'test', scope));
    }
  }
  return scopes;
}

/** The line declaring each crate (`name = …` or `[dependencies.name]`), found in one pass. */
function crateLines(content: string): Map<string, number> {
  const crates = new Map<string, number>();
  content.split('\n').forEach((line, i) => {
    const crate =
      /^\s*([\w-]+)\s*[.=]/.exec(line)?.[1] ??
      /^\[[\w.-]*dependencies\.([\w-]+)\]/.exec(line)?.[1];
    if (crate && !crates.has(crate)) crates.set(crate, i + 1);
  });
  return crates;
}

/** Runtime dependency tables of a Cargo table: `dependencies` and per-target ones. */
function runtimeTables(toml: any): unknown[] {
  return [
    toml?.dependencies,
    ...Object.values<any>(toml?.target ?? {}).map(
      target => target?.dependencies,
    ),
    toml?.workspace?.dependencies,
  ];
}

/**
 * The crates of dependency tables, and the features chosen of each as
 * `crate/feature` (`diesel = { features = ["postgres"] }` → `diesel/postgres`);
 * an optional crate takes the scope of the features enabling it.
 */
function cargoPackages(
  content: string,
  tables: unknown[],
  scope: EvidenceScope,
  optionalScopes: Map<string, EvidenceScope>,
): Scoped[] {
  const declared = crateLines(content);
  return tables.flatMap(table =>
    keysOf(table).flatMap(name => {
      const dependency = (table as any)[name];
      const chosen = (
        Array.isArray(dependency?.features) ? dependency.features : []
      ).filter(
        (feature: unknown): feature is string => typeof feature === 'string',
      );
      const crateScope =
        dependency?.optional === true
          ? optionalScopes.get(name) ?? 'runtime'
          : scope;
      return [
        name,
        ...chosen.map((feature: string) => `${name}/${feature}`),
      ].map(crate => ({
        name: crate,
        scope: crateScope,
        line: declared.get(name) ?? 1,
      }));
    }),
  );
}

/** The dependency features the crate's own `[features]` enable (`dep?/feature` → `dep/feature`). */
function enabledDependencyFeatures(
  content: string,
  features: Features,
): Scoped[] {
  const lines = lineFinder(content);
  const defaults = defaultFeatures(features);
  return Object.entries(features).flatMap(([feature, entries]) =>
    entries
      .filter(entry => entry.includes('/'))
      .map(entry => ({
        name: entry.replace('?/', '/'),
        scope: defaults.has(feature) ? 'runtime' : scopeOfGroup(feature),
        line: lines.lineOf(`"${entry}"`),
      })),
  );
}

/**
 * `Cargo.toml`: Rust and cargo themselves, dependencies (runtime, with the
 * workspace's; optional ones as the features enabling them) and the features
 * chosen, dev- and build-dependencies (dev).
 */
export function parseCargoToml(file: RepositoryFile): ManifestMention[] {
  const toml = parseToml(file.content, { maxDepth: 64 }) as any;
  const features = featuresOf(toml.features);
  const optionalScopes = featureScopes(features);
  const packages: Scoped[] = [
    ...cargoPackages(
      file.content,
      runtimeTables(toml),
      'runtime',
      optionalScopes,
    ),
    ...enabledDependencyFeatures(file.content, features),
    ...cargoPackages(
      file.content,
      [toml['dev-dependencies'], toml['build-dependencies']],
      'dev',
      optionalScopes,
    ),
  ];
  const lines = lineFinder(file.content);
  const header = /^\[(package|workspace)/m.exec(file.content);
  const line = header ? lines.lineAt(header.index) : 1;
  return [
    toolMention('Rust', line, 'a Rust crate (Cargo.toml)'),
    toolMention('cargo', line, 'a Cargo manifest'),
    ...mentions('cargo', packages, n => `Rust crate ${n}`),
  ];
}
