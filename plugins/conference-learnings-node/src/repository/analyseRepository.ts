import { SCOPE_RANK, weaker } from './scopes';
import { MentionResolver } from './createMentionResolver';
import { manifestKind, scopeOfPath } from './manifestFiles';
import { MANIFEST_PARSERS } from './parsers';
import { composeVariantScopes } from './parsers/containerManifests';
import {
  FileMention,
  RepositoryAnalysis,
  RepositoryEvidence,
  RepositoryFile,
  RepositoryMentions,
  RepositoryTechnology,
} from './types';

/** Files larger than this are skipped (and counted), not parsed. @public */
export const MAX_MANIFEST_BYTES = 512 * 1024;

/**
 * What a repository's manifest files name: dependencies, base and service
 * images, Helm charts, Kubernetes resources, CI actions, Terraform providers,
 * and the tools the files are written for, each with its file, line and scope
 * (weakened to `test` or `dev` by a test or local-setup folder, and a Compose
 * variant by the file it extends). Files it does not
 * read are ignored; files larger than {@link MAX_MANIFEST_BYTES}, or that do not
 * parse, are listed in `skipped` with the reason and never stop the others.
 * @public
 */
export function extractMentions(files: RepositoryFile[]): RepositoryMentions {
  const skipped: RepositoryMentions['skipped'] = [];
  const mentions: FileMention[] = [];
  const variantScopes = composeVariantScopes(files);
  for (const file of files) {
    const kind = manifestKind(file.path);
    if (!kind) continue;
    if (file.content.length > MAX_MANIFEST_BYTES) {
      skipped.push({
        path: file.path,
        reason: `larger than ${MAX_MANIFEST_BYTES / 1024} KiB`,
      });
      continue;
    }
    let found;
    try {
      found = MANIFEST_PARSERS[kind](file);
    } catch (error) {
      skipped.push({
        path: file.path,
        reason: `not a valid ${kind} file: ${
          (error as Error).message.split('\n')[0]
        }`,
      });
      continue;
    }
    const pathScope = weaker(
      scopeOfPath(file.path, kind),
      variantScopes.get(file.path) ?? 'runtime',
    );
    for (const mention of found) {
      mentions.push({
        ...mention,
        file: file.path,
        scope: weaker(mention.scope, pathScope),
      });
    }
  }
  return { mentions, skipped };
}

/** Code-unit order: stable across locales, and much cheaper than `localeCompare`. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * The technologies the mentions name, through the resolver, each with its
 * evidence (runtime first, then by file and line, without repeats), runtime
 * technologies first.
 * @public
 */
export function resolveMentions(
  mentions: FileMention[],
  resolver: MentionResolver,
  options: { titles?: (ref: string) => string | undefined } = {},
): RepositoryTechnology[] {
  const found = new Map<string, Map<string, RepositoryEvidence>>();
  for (const mention of mentions) {
    for (const resolved of resolver.resolve(mention)) {
      const evidence: RepositoryEvidence = {
        file: mention.file,
        line: mention.line,
        rule: resolved.rule,
        scope: weaker(mention.scope, resolved.scope ?? mention.scope),
      };
      let byKey = found.get(resolved.ref);
      if (!byKey) found.set(resolved.ref, (byKey = new Map()));
      const key = `${evidence.file}:${evidence.line}:${evidence.rule}`;
      if (!byKey.has(key)) byKey.set(key, evidence);
    }
  }
  const technologies = [...found].map(([ref, byKey]) => {
    const evidence = [...byKey.values()].sort(
      (a, b) =>
        SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope] ||
        compareText(a.file, b.file) ||
        a.line - b.line,
    );
    return {
      ref,
      name: options.titles?.(ref) ?? ref.slice(ref.indexOf('/') + 1),
      evidence,
      scope: evidence[0].scope,
    };
  });
  return technologies.sort(
    (a, b) =>
      SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope] || compareText(a.name, b.name),
  );
}

/**
 * Analyses a repository's manifest files: {@link extractMentions}, then
 * {@link resolveMentions}.
 * @public
 */
export function analyseRepository(
  files: RepositoryFile[],
  resolver: MentionResolver,
  options: { titles?: (ref: string) => string | undefined } = {},
): RepositoryAnalysis {
  const { mentions, skipped } = extractMentions(files);
  return {
    technologies: resolveMentions(mentions, resolver, options),
    skipped,
  };
}
