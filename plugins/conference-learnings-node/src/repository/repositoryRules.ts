import { EvidenceScope, ManifestMention } from './types';
import builtIn from './builtInRepositoryRules.json';

/**
 * A rule mapping what a manifest names to technologies: a package, image, chart,
 * Kubernetes resource, GitHub Action, Terraform provider or module … of an
 * ecosystem — by exact name, or by prefix when `match` ends with `*` — to the
 * name (or alias, or ref) of a Technology entity, or several when one name means
 * more than one (`micrometer-registry-prometheus` is Micrometer and Prometheus).
 * `scope` overrides the scope of the mention (a scanner's GitHub Action is
 * `dev`, a test cluster's `test`); a rule without `technology` says the mention
 * names no technology.
 * @public
 */
export interface RepositoryRule {
  ecosystem: ManifestMention['ecosystem'];
  match: string;
  technology?: string | string[];
  scope?: EvidenceScope;
}

/** The shape of `builtInRepositoryRules.json`. */
interface BuiltInRuleTables {
  ignored: { ecosystem: string; match: string; about: string }[];
  rules: {
    ecosystem: string;
    scope?: string;
    about?: string;
    technologies: Record<string, string[] | undefined>;
  }[];
}

const tables: BuiltInRuleTables = builtIn;

/** The table's rules, one per match: a match listed under several technologies names them all. */
function ruleTableRules(group: BuiltInRuleTables['rules'][number]) {
  const byMatch = new Map<string, string[]>();
  for (const [technology, matches] of Object.entries(group.technologies)) {
    for (const match of matches ?? []) {
      byMatch.set(match, [...(byMatch.get(match) ?? []), technology]);
    }
  }
  return [...byMatch].map(
    ([match, technologies]): RepositoryRule => ({
      ecosystem: group.ecosystem as RepositoryRule['ecosystem'],
      match,
      technology: technologies.length === 1 ? technologies[0] : technologies,
      ...(group.scope ? { scope: group.scope as EvidenceScope } : {}),
    }),
  );
}

/**
 * The built-in rules, from `builtInRepositoryRules.json`: first what names no
 * technology though a landscape item is named so (`ignored`), then per
 * ecosystem, technology name → what names it. Adopters add their own with
 * `conferenceLearnings.inference.repositories.rules`; theirs are tried first.
 * @public
 */
export const BUILT_IN_REPOSITORY_RULES: readonly RepositoryRule[] = [
  ...tables.ignored.map(({ ecosystem, match }) => ({
    ecosystem: ecosystem as RepositoryRule['ecosystem'],
    match,
  })),
  ...tables.rules.flatMap(ruleTableRules),
];
