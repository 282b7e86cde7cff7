import {
  createTechnologyLookup,
  TechnologyLookup,
  TechnologyLookupEntry,
} from '../inference/technologyLookup';
import { RepositoryRule } from './repositoryRules';
import { EvidenceScope, ManifestMention } from './types';

/**
 * What a manifest's mention resolves to.
 * @public
 */
export interface ResolvedMention {
  ref: string;
  /** How it maps, e.g. `npm dependency pg → PostgreSQL (rule)` */
  rule: string;
  /** A scope the rule sets (a scanner's action is `dev`) */
  scope?: EvidenceScope;
}

/** Resolves manifests' mentions to Technology entities. @public */
export interface MentionResolver {
  /** The technologies a mention names: none, one, or several (a package can name two) */
  resolve(mention: ManifestMention): ResolvedMention[];
}

/** Names of landscape items that are also everyday image names, never matched by name alone. */
const AMBIGUOUS_IMAGE_NAMES = new Set([
  'node',
  'python',
  'registry',
  'server',
  'app',
  'api',
  'web',
]);

/** `https://github.com/Org/Repo.git/` → `org/repo`; undefined for other hosts. */
function githubRepository(url: string | undefined): string | undefined {
  const match =
    /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(
      url?.trim() ?? '',
    );
  return match ? `${match[1]}/${match[2]}`.toLowerCase() : undefined;
}

/** The GitHub repository a mention's name points at, when its ecosystem names them so. */
function repositoryOf(mention: ManifestMention): string | undefined {
  const { ecosystem, name } = mention;
  if (ecosystem === 'go') {
    return /^github\.com\/([\w.-]+\/[\w.-]+)/.exec(name)?.[1];
  }
  if (ecosystem === 'github-action' || ecosystem === 'release-download') {
    return /^([\w.-]+\/[\w.-]+)/.exec(name)?.[1];
  }
  if (ecosystem === 'image') {
    return /^(?:(?:ghcr\.io|quay\.io|docker\.io)\/)?([\w.-]+\/[\w.-]+)$/.exec(
      name,
    )?.[1];
  }
  return undefined;
}

interface CompiledRules {
  exact: Map<string, RepositoryRule>;
  prefixes: RepositoryRule[];
}

/**
 * A rule's match, lower case; a Kubernetes API group alone (`acme.io`) matches
 * every kind of resource of the group (`acme.io/*`).
 */
function matchOf(rule: RepositoryRule): string {
  const match = rule.match.toLowerCase();
  return rule.ecosystem === 'kubernetes-api' && !match.includes('/')
    ? `${match}/*`
    : match;
}

function compile(rules: readonly RepositoryRule[]): Map<string, CompiledRules> {
  const byEcosystem = new Map<string, CompiledRules>();
  for (const rule of rules) {
    let compiled = byEcosystem.get(rule.ecosystem);
    if (!compiled) {
      compiled = { exact: new Map(), prefixes: [] };
      byEcosystem.set(rule.ecosystem, compiled);
    }
    const match = matchOf(rule);
    if (match.endsWith('*')) {
      compiled.prefixes.push({ ...rule, match: match.slice(0, -1) });
    } else if (!compiled.exact.has(match)) {
      compiled.exact.set(match, rule);
    }
  }
  for (const compiled of byEcosystem.values()) {
    compiled.prefixes.sort((a, b) => b.match.length - a.match.length);
  }
  return byEcosystem;
}

/** Resolutions remembered at most; then forgotten all at once. */
const MAX_REMEMBERED_MENTIONS = 20_000;

/**
 * A resolver of manifests' mentions to Technology entities: first the rules (an
 * adopter's, then the built-in table; an exact match, else the longest prefix),
 * then the landscape's own fields — a Go module, GitHub Action, downloaded
 * release or image of a technology's repository (`repo_url`) — then, for the
 * tools files are written for and for images and Helm charts, the
 * technology's name or alias. A build
 * stage's image names its toolchain by the `build-image` rules, anything else
 * it names only as `dev` evidence.
 * @public
 */
export function createMentionResolver(
  technologies: TechnologyLookupEntry[],
  rules: readonly RepositoryRule[],
  lookup: TechnologyLookup = createTechnologyLookup(technologies),
): MentionResolver {
  const byRepository = new Map<string, string>();
  for (const technology of technologies) {
    const repository = githubRepository(technology.repository);
    if (repository && !byRepository.has(repository)) {
      byRepository.set(repository, technology.ref);
    }
  }
  const compiled = compile(rules);

  const byRule = (mention: ManifestMention): RepositoryRule | undefined => {
    const table = compiled.get(mention.ecosystem);
    const name = mention.name.toLowerCase();
    return (
      table?.exact.get(name) ??
      table?.prefixes.find(rule => name.startsWith(rule.match))
    );
  };

  const byLandscape = (mention: ManifestMention): ResolvedMention[] => {
    if (mention.ecosystem === 'tool') {
      const ref = lookup.resolve(mention.name);
      return ref ? [{ ref, rule: mention.detail }] : [];
    }
    const repository = repositoryOf(mention);
    const fromRepository =
      repository && byRepository.get(repository.toLowerCase());
    if (fromRepository) {
      return [
        {
          ref: fromRepository,
          rule: `${mention.detail} (the project's repository)`,
        },
      ];
    }
    if (mention.ecosystem === 'image' || mention.ecosystem === 'helm-chart') {
      const base = mention.name.slice(mention.name.lastIndexOf('/') + 1);
      const ref = !AMBIGUOUS_IMAGE_NAMES.has(base) && lookup.resolve(base);
      return ref
        ? [{ ref, rule: `${mention.detail} (named after the project)` }]
        : [];
    }
    return [];
  };

  const resolve = (mention: ManifestMention): ResolvedMention[] => {
    const rule = byRule(mention);
    if (rule) {
      return [rule.technology ?? []].flat().flatMap(technology => {
        const ref = lookup.resolve(technology);
        return ref
          ? [
              {
                ref,
                rule: `${mention.detail} → ${technology}`,
                ...(rule.scope ? { scope: rule.scope } : {}),
              },
            ]
          : [];
      });
    }
    if (mention.ecosystem === 'build-image') {
      // A build stage's image is only its toolchain (the rules above); what
      // else it names is there to build with.
      return resolve({ ...mention, ecosystem: 'image' }).map(resolved => ({
        ...resolved,
        scope: 'dev' as const,
      }));
    }
    return byLandscape(mention);
  };
  // What a mention resolves to depends only on its ecosystem, name and detail,
  // which repeat across a repository's files and across repositories.
  const resolved = new Map<string, ResolvedMention[]>();
  return {
    resolve(mention) {
      const key = `${mention.ecosystem}\n${mention.name}\n${mention.detail}`;
      let answer = resolved.get(key);
      if (!answer) {
        if (resolved.size >= MAX_REMEMBERED_MENTIONS) resolved.clear();
        answer = resolve(mention);
        resolved.set(key, answer);
      }
      return answer;
    },
  };
}
