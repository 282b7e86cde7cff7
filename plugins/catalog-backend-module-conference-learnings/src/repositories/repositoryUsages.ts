import { ScmIntegrationRegistry } from '@backstage/integration';
import { RepositoryUsageReason } from '@conference-learnings/plugin-conference-learnings-common';
import {
  FileMention,
  MentionResolver,
  resolveMentions,
  TechnologyUsage,
} from '@conference-learnings/plugin-conference-learnings-node';

/**
 * The file at a line, in the repository's web view, when the integration can
 * say where: http(s) only, and on the repository's own host (a file whose path
 * reads as a URL must not link elsewhere).
 */
function lineUrl(
  integrations: ScmIntegrationRegistry | undefined,
  repositoryUrl: string,
  file: string,
  line: number,
): string | undefined {
  const integration = integrations?.byUrl(repositoryUrl);
  if (!integration) return undefined;
  try {
    const url = integration.resolveUrl({
      url: file,
      base: repositoryUrl,
      lineNumber: line,
    });
    const { protocol, origin } = new URL(url);
    return /^https?:$/.test(protocol) &&
      origin === new URL(repositoryUrl).origin
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The technologies a repository's mentions name, with a reason per file and
 * line, each linking to the line when the repository is on a known Git host.
 */
export function repositoryUsages(
  mentions: FileMention[],
  options: {
    resolver: MentionResolver;
    integrations?: ScmIntegrationRegistry;
    repositoryUrl: string;
  },
): TechnologyUsage[] {
  return resolveMentions(mentions, options.resolver).map(technology => ({
    technologyRef: technology.ref,
    reasons: technology.evidence.map((evidence): RepositoryUsageReason => {
      const url = lineUrl(
        options.integrations,
        options.repositoryUrl,
        evidence.file,
        evidence.line,
      );
      return { type: 'repository', ...evidence, ...(url ? { url } : {}) };
    }),
  }));
}
