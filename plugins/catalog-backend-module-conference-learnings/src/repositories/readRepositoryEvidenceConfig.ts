import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { HumanDuration, durationToMilliseconds } from '@backstage/types';
import {
  BUILT_IN_REPOSITORY_RULES,
  RepositoryRule,
} from '@conference-learnings/plugin-conference-learnings-node';

/** How the catalog module reads services' repositories for evidence. @public */
export interface RepositoryEvidenceConfig {
  enabled: boolean;
  /** How long evidence is kept before the repository is checked again */
  refreshIntervalMs: number;
  /** Repository reads started per minute, at most */
  readsPerMinute: number;
  /** How long one read may take */
  timeoutMs: number;
  /** The adopter's rules, then the built-in ones */
  rules: RepositoryRule[];
}

export const REPOSITORIES_CONFIG_KEY = 'conferenceLearnings.repositories';

const DEFAULTS = {
  refreshInterval: { hours: 6 } as HumanDuration,
  readsPerMinute: 30,
  timeout: { seconds: 30 } as HumanDuration,
};

const ECOSYSTEMS = new Set<string>(
  BUILT_IN_REPOSITORY_RULES.map(rule => rule.ecosystem),
);
const SCOPES = new Set(['runtime', 'dev', 'test']);

function readRule(config: Config, at: number): RepositoryRule {
  const where = `${REPOSITORIES_CONFIG_KEY}.rules[${at}]`;
  const ecosystem = config.getString('ecosystem');
  if (!ECOSYSTEMS.has(ecosystem)) {
    throw new InputError(
      `${where}.ecosystem must be one of ${[...ECOSYSTEMS].join(
        ', ',
      )}, not ${ecosystem}`,
    );
  }
  const scope = config.getOptionalString('scope');
  if (scope !== undefined && !SCOPES.has(scope)) {
    throw new InputError(`${where}.scope must be runtime, dev or test`);
  }
  return {
    ecosystem: ecosystem as RepositoryRule['ecosystem'],
    match: config.getString('match'),
    technology: config.getOptionalString('technology'),
    ...(scope ? { scope: scope as RepositoryRule['scope'] } : {}),
  };
}

function duration(
  config: Config | undefined,
  key: string,
  fallback: HumanDuration,
) {
  return durationToMilliseconds(
    config?.has(key) ? readDurationFromConfig(config, { key }) : fallback,
  );
}

/** Reads `conferenceLearnings.repositories`, with the defaults. */
export function readRepositoryEvidenceConfig(
  root: Config,
): RepositoryEvidenceConfig {
  const config = root.getOptionalConfig(REPOSITORIES_CONFIG_KEY);
  const readsPerMinute =
    config?.getOptionalNumber('readsPerMinute') ?? DEFAULTS.readsPerMinute;
  if (!(readsPerMinute > 0)) {
    throw new InputError(
      `${REPOSITORIES_CONFIG_KEY}.readsPerMinute must be a positive number`,
    );
  }
  const rules = (config?.getOptionalConfigArray('rules') ?? []).map(readRule);
  return {
    enabled: config?.getOptionalBoolean('enabled') ?? true,
    refreshIntervalMs: duration(
      config,
      'refreshInterval',
      DEFAULTS.refreshInterval,
    ),
    readsPerMinute,
    timeoutMs: duration(config, 'timeout', DEFAULTS.timeout),
    rules: [...rules, ...BUILT_IN_REPOSITORY_RULES],
  };
}
