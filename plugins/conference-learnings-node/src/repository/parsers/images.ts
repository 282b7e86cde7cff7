import { EvidenceScope, ManifestMention } from '../types';

/**
 * A container image reference without tag or digest and without Docker Hub's
 * default registry and `library/` (`docker.io/library/redis:7` → `redis`,
 * `ghcr.io/fluxcd/flux-cli:v2` → `ghcr.io/fluxcd/flux-cli`); a variable with
 * a default (`${DB_IMAGE:-postgres:16}`) is its default; undefined for another
 * templated or otherwise unreadable reference.
 */
export function imageName(reference: string): string | undefined {
  const quoted = reference.trim().replace(/^["']|["']$/g, '');
  const trimmed = /^\$\{\w+:?-([^${}\s]+)\}$/.exec(quoted)?.[1] ?? quoted;
  if (!trimmed || /[${}\s]/.test(trimmed) || trimmed === 'scratch') {
    return undefined;
  }
  let name = trimmed.replace(/@sha256:[0-9a-f]+$/i, '');
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  if (colon >= 0) name = name.slice(0, colon);
  name = name
    .toLowerCase()
    .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
    .replace(/^library\//, '');
  return /^[a-z0-9][\w./-]*$/.test(name) ? name : undefined;
}

/**
 * The mention of an image a file names (`what` says where: `base image`,
 * `container image` …), or none when its reference is unreadable.
 */
export function imageMention(
  reference: string,
  line: number,
  scope: EvidenceScope,
  what: string,
): ManifestMention[] {
  const name = imageName(reference);
  return name
    ? [
        {
          ecosystem: 'image',
          name,
          line,
          scope,
          detail: `${what} ${reference.trim()}`,
        },
      ]
    : [];
}
