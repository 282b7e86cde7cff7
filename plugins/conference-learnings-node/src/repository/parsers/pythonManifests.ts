import { parse as parseToml } from 'smol-toml';
import { EvidenceScope, ManifestMention, RepositoryFile } from '../types';
import { lineFinder } from './lines';
import { keysOf, mentions, Scoped, scopeOfGroup } from './packageManifests';

/* Python's dependency manifests: requirements files and pyproject.toml. */

/**
 * The names a PEP 508 requirement stands for: the package, normalised
 * (`Redis_Py` → `redis-py`), and each extra it asks for (`celery[redis]>=5` →
 * `celery`, `celery[redis]`), since an extra can name a backend's client.
 */
export function requirementNames(requirement: string): string[] {
  const match = /^\s*([A-Za-z0-9][\w.-]*)\s*(?:\[([^\]]*)\])?/.exec(
    requirement,
  );
  if (!match) return [];
  const name = match[1].toLowerCase().replace(/[-_.]+/g, '-');
  const extras = (match[2] ?? '')
    .split(',')
    .map(extra => extra.trim().toLowerCase())
    .filter(extra => /^[\w.-]+$/.test(extra));
  return [name, ...extras.map(extra => `${name}[${extra}]`)];
}

interface Requirement {
  names: string[];
  line: number;
  /** The `# via` lines a compiler (pip-compile, uv) wrote under it */
  via: string;
}

/** The requirements of a requirements file, each with the `# via` comments under it. */
function requirementsOf(content: string): Requirement[] {
  const found: Requirement[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const last = found[found.length - 1];
    if (/^#\s*(via\b|-r\b|-c\b)|^#\s{2,}\S/.test(line) && last) {
      last.via += ` ${line}`;
      return;
    }
    if (/^\s/.test(raw) || line.startsWith('-') || line.startsWith('#')) {
      return; // hash continuation lines, options, other comments
    }
    const names = requirementNames(line.replace(/\s#.*/, ''));
    if (names.length) found.push({ names, line: i + 1, via: '' });
  });
  return found;
}

/**
 * `requirements*.txt` (and `requirements/*.txt`): one requirement a line; a
 * file named for dev or tests is that. A compiled file (pip-compile, uv) pins
 * every transitive package too: only those it lists `via -r <input>` are the
 * service's own, the others are left out.
 */
export function parseRequirements(file: RepositoryFile): ManifestMention[] {
  const fileName = file.path.split('/').pop() ?? '';
  const scope = scopeOfGroup(fileName.replace(/^requirements|\.\w+$/g, ''));
  const requirements = requirementsOf(file.content);
  const compiled = requirements.some(r => /\bvia\b/.test(r.via));
  return requirements
    .filter(r => !compiled || /(^|\s)-r\s/.test(`${r.via.replace(/#/g, ' ')} `))
    .flatMap(r =>
      r.names.map(name => ({
        ecosystem: 'pypi' as const,
        name,
        scope,
        line: r.line,
        detail: `Python requirement ${name}${
          scope === 'runtime' ? '' : ` (${scope})`
        }`,
      })),
    );
}

/**
 * `pyproject.toml`: PEP 621, Poetry and PEP 735 dependencies. Extras and
 * groups are for tests or development when named so (`test`, `dev`, `lint` …);
 * other groups (`postgres`, `all_ds`) are installed to run the service.
 */
export function parsePyproject(file: RepositoryFile): ManifestMention[] {
  const toml = parseToml(file.content, { maxDepth: 64 }) as any;
  const packages: Scoped[] = [];
  const lines = lineFinder(file.content);
  const add = (names: unknown, scope: EvidenceScope) => {
    const requirements = Array.isArray(names)
      ? names.filter((n): n is string => typeof n === 'string')
      : keysOf(names);
    for (const requirement of requirements) {
      const line = lines.lineOf(requirement);
      for (const name of requirementNames(requirement)) {
        if (name !== 'python') packages.push({ name, scope, line });
      }
    }
  };
  add(toml.project?.dependencies, 'runtime');
  for (const [group, names] of Object.entries(
    toml.project?.['optional-dependencies'] ?? {},
  )) {
    add(names, scopeOfGroup(group));
  }
  for (const [group, names] of Object.entries(
    toml['dependency-groups'] ?? {},
  )) {
    add(names, scopeOfGroup(group));
  }
  const poetry = toml.tool?.poetry;
  add(poetry?.dependencies, 'runtime');
  add(poetry?.['dev-dependencies'], 'dev');
  for (const [group, value] of Object.entries<any>(poetry?.group ?? {})) {
    add(value?.dependencies, scopeOfGroup(group));
  }
  add(toml.tool?.uv?.['dev-dependencies'], 'dev');
  return mentions('pypi', packages, n => `Python dependency ${n}`);
}
