import { scopeOfFileName } from '../manifestFiles';
import { EvidenceScope, ManifestMention, RepositoryFile } from '../types';
import { lineFinder } from './lines';

/*
 * Dependency manifests of the language ecosystems: which packages a service
 * depends on, at runtime or only to develop and test it, and the language
 * tools the manifests are written for.
 */

/** A package, its scope and the line naming it. */
export type Scoped = { name: string; scope: EvidenceScope; line: number };

/** Mentions of `packages`, each at its line; a dev or test scope is said in the detail. */
export function mentions(
  ecosystem: ManifestMention['ecosystem'],
  packages: Scoped[],
  describe: (name: string) => string,
): ManifestMention[] {
  return packages.map(({ name, scope, line }) => ({
    ecosystem,
    name,
    scope,
    line,
    detail: `${describe(name)}${scope === 'runtime' ? '' : ` (${scope})`}`,
  }));
}

/** The tool a manifest is written for, as a mention. */
export function toolMention(
  name: string,
  line: number,
  detail: string,
  scope: EvidenceScope = 'runtime',
): ManifestMention {
  return { ecosystem: 'tool', name, line, scope, detail };
}

/** A group of dependencies named for tests, or for development (lint, docs, build, profiling …). */
export function scopeOfGroup(group: string): EvidenceScope {
  if (/test|spec|check|bench/i.test(group)) return 'test';
  if (/dev|lint|doc|type|build|format|style|tool|profil|debug/i.test(group)) {
    return 'dev';
  }
  return 'runtime';
}

export function keysOf(value: unknown): string[] {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? Object.keys(value)
    : [];
}

/**
 * npm scripts that run `docker compose … up`: Docker Compose runs the stack,
 * for development or tests when the script or the Compose file says so.
 */
function composeScripts(
  keyLines: Map<string, number>,
  scripts: unknown,
): ManifestMention[] {
  return Object.entries(scripts && typeof scripts === 'object' ? scripts : {})
    .filter(
      ([, script]) =>
        typeof script === 'string' &&
        /\bdocker[ -]compose\b[^&;|]{0,300}\sup\b/.test(script),
    )
    .map(([name, script]) => {
      // Named like a file: `test:up`, `-f docker-compose.dev.yml` say what for.
      const words = `${name} ${script}`.replace(/[^\w.-]+/g, '-');
      return toolMention(
        'Docker Compose',
        keyLines.get(name) ?? 1,
        `npm script ${name} runs docker compose`,
        scopeOfFileName(words),
      );
    });
}

/** An npm alias's real package: `"es8": "npm:@elastic/elasticsearch@8"` → `@elastic/elasticsearch`. */
function aliasedPackage(spec: unknown): string | undefined {
  if (typeof spec !== 'string' || !spec.startsWith('npm:')) return undefined;
  const target = spec.slice('npm:'.length);
  const version = target.indexOf('@', 1);
  return version > 0 ? target.slice(0, version) : target;
}

/** The packages of a dependency map, aliases by the package they install. */
function npmPackages(map: unknown, scope: EvidenceScope) {
  const entries = Object.entries(
    map && typeof map === 'object' && !Array.isArray(map) ? map : {},
  );
  return entries.map(([key, spec]) => ({
    key,
    name: aliasedPackage(spec) ?? key,
    scope,
  }));
}

/** The line of each key of a JSON text (the first, for a key used twice), found in one pass. */
function jsonKeyLines(content: string): Map<string, number> {
  const lines = lineFinder(content);
  const keys = new Map<string, number>();
  for (const key of content.matchAll(/"((?:[^"\\\n]|\\.)*)"\s*:/g)) {
    if (!keys.has(key[1])) keys.set(key[1], lines.lineAt(key.index ?? 0));
  }
  return keys;
}

/**
 * `package.json`: dependencies (runtime), devDependencies (dev), each at the
 * line of its key, and scripts that run Compose.
 */
export function parsePackageJson(file: RepositoryFile): ManifestMention[] {
  const json = JSON.parse(file.content) as Record<string, unknown>;
  const keyLines = jsonKeyLines(file.content);
  const packages = [
    ...['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap(
      key => npmPackages(json[key], 'runtime'),
    ),
    ...npmPackages(json.devDependencies, 'dev'),
  ];
  return [
    ...packages.map(({ key, name, scope }) => ({
      ecosystem: 'npm' as const,
      name,
      scope,
      line: keyLines.get(key) ?? 1,
      detail: `npm dependency ${name}${
        scope === 'runtime' ? '' : ` (${scope})`
      }`,
    })),
    ...composeScripts(keyLines, json.scripts),
  ];
}

/**
 * `go.mod`: Go itself (the `go` directive), and required modules; `// indirect`
 * ones are not the service's own choice, `tool` ones are dev.
 */
export function parseGoMod(file: RepositoryFile): ManifestMention[] {
  const found: ManifestMention[] = [];
  let inRequire = false;
  let inTool = false;
  let goLine = 1;
  file.content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (/^go\s+\d/.test(line)) goLine = i + 1;
    if (/^require\s*\($/.test(line)) inRequire = true;
    else if (/^tool\s*\($/.test(line)) inTool = true;
    else if (line === ')') inRequire = inTool = false;
    const module =
      /^require\s+(\S+)\s+v/.exec(line)?.[1] ??
      (inRequire ? /^(\S+)\s+v\S+/.exec(line)?.[1] : undefined) ??
      (inTool || /^tool\s+\S/.test(line)
        ? /^(?:tool\s+)?([\w-]+(?:\.[\w-]+)+\/\S+)$/.exec(line)?.[1]
        : undefined);
    if (!module || /\/\/\s*indirect/.test(line)) return;
    const scope = inTool || line.startsWith('tool') ? 'dev' : 'runtime';
    found.push({
      ecosystem: 'go',
      name: module,
      scope,
      line: i + 1,
      detail: `Go module ${module}${scope === 'dev' ? ' (tool)' : ''}`,
    });
  });
  return [toolMention('Golang', goLine, 'a Go module (go.mod)'), ...found];
}

/** `Gemfile`: gems, in `group :development, :test do … end` blocks (other blocks nest in them) or with `group:`. */
export function parseGemfile(file: RepositoryFile): ManifestMention[] {
  const found: ManifestMention[] = [];
  const groups: string[] = [];
  file.content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    const blockStart = line.lastIndexOf(' do');
    if (/^group\s/.test(line) && blockStart > 0) {
      groups.push(line.slice('group'.length, blockStart));
      return;
    }
    if (/^(if|unless|case|while)\s|\sdo$|\sdo\s*\|/.test(line)) {
      groups.push(''); // another block: its `end` closes no group
      return;
    }
    if (/^end\b/.test(line) && groups.length) {
      groups.pop();
      return;
    }
    const gem = /^gem\s+['"]([\w.-]+)['"](.*)$/.exec(line);
    if (!gem) return;
    const inline = /groups?:\s*(\[[^\]]*\]|:\w+)/.exec(gem[2])?.[1] ?? '';
    found.push({
      ecosystem: 'rubygems',
      name: gem[1],
      scope: scopeOfGemGroups([...groups, inline].join(' ')),
      line: i + 1,
      detail: `Ruby gem ${gem[1]}`,
    });
  });
  return found;
}

/** Gems outside any group, or in production's, run; other groups are for development. */
function scopeOfGemGroups(groups: string): EvidenceScope {
  if (!groups.trim() || /prod/.test(groups)) return 'runtime';
  return scopeOfGroup(groups) === 'test' && !/dev/.test(groups)
    ? 'test'
    : 'dev';
}
