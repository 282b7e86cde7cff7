const MAX_LENGTH = 63;

/**
 * The Technology entity name for a technology name: lowercase, every run of
 * other characters than `a-z0-9` replaced by a single `-`, trimmed of `-`, and
 * cut to 63 characters, e.g. `Open Policy Agent (OPA)` → `open-policy-agent-opa`.
 * Names without any letter or digit give `technology`.
 * @public
 */
export function technologyEntityName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  return slug || 'technology';
}

/**
 * The entity ref of the Technology entity for a technology name,
 * e.g. `technology:default/open-policy-agent-opa`.
 * @public
 */
export function technologyEntityRef(name: string): string {
  return `technology:default/${technologyEntityName(name)}`;
}
