/**
 * The value as an absolute http(s) URL, or `undefined` for anything else: relative
 * paths, `javascript:`, `data:`, `mailto:`, malformed or over-long values. Every
 * URL that importers keep and the frontend links passes through it; the entity schemas accept no other. The scheme is
 * given in lower case (`HTTPS://…` → `https://…`), as the entity schemas require.
 * @public
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const candidate = value.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(candidate) || candidate.length > 2048) {
    return undefined;
  }
  try {
    const url = new URL(candidate);
    return url.hostname
      ? candidate.replace(/^https?/i, scheme => scheme.toLowerCase())
      : undefined;
  } catch {
    return undefined;
  }
}
