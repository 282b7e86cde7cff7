/**
 * The basic shape every catalog entity must have, whatever its kind: a non-empty
 * `apiVersion` and `kind`, a `metadata` object whose `name` (and `namespace`, when
 * given) follow the catalog's naming rules, and a `spec` that is an object when present.
 * Kinds this project defines are further checked against their schemas; other kinds
 * (Component, Group …) only this way.
 */

const NAME = /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;
const NAMESPACE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 63;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const nonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * What is wrong with the entity's basic shape, one message per field in the style of
 * the schema validation (`metadata.name is required`); empty when it is well-formed.
 */
export function findShapeProblems(entity: unknown): string[] {
  if (!isObject(entity)) {
    return [
      'an entity must be a mapping with apiVersion, kind, metadata and spec',
    ];
  }
  const problems: string[] = [];
  const { apiVersion, kind, metadata, spec } = entity;
  if (apiVersion === undefined) problems.push('apiVersion is required');
  else if (!nonEmptyString(apiVersion))
    problems.push('apiVersion must be a non-empty string');
  if (kind === undefined) problems.push('kind is required');
  else if (!nonEmptyString(kind))
    problems.push('kind must be a non-empty string');
  if (metadata === undefined) {
    problems.push('metadata is required');
  } else if (!isObject(metadata)) {
    problems.push('metadata must be an object');
  } else {
    const { name, namespace } = metadata;
    if (name === undefined) {
      problems.push('metadata.name is required');
    } else if (
      typeof name !== 'string' ||
      name.length > MAX_NAME_LENGTH ||
      !NAME.test(name)
    ) {
      problems.push(
        `metadata.name must be at most ${MAX_NAME_LENGTH} letters and digits, separated by single - _ or .`,
      );
    }
    if (
      namespace !== undefined &&
      (typeof namespace !== 'string' ||
        namespace.length > MAX_NAME_LENGTH ||
        !NAMESPACE.test(namespace))
    ) {
      problems.push(
        `metadata.namespace must be at most ${MAX_NAME_LENGTH} lower-case letters and digits, separated by single dashes`,
      );
    }
  }
  if (spec !== undefined && !isObject(spec)) {
    problems.push('spec must be an object');
  }
  return problems;
}

/**
 * `<kind> <namespace>/<name>`, e.g. `Component default/tracking-api`, as far as the
 * entity has them; the label that validation messages start with.
 */
export function entityLabel(entity: unknown): string {
  const value = isObject(entity) ? entity : {};
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const kind = nonEmptyString(value.kind) ? value.kind : 'Entity';
  const namespace = nonEmptyString(metadata.namespace)
    ? metadata.namespace
    : 'default';
  const name = nonEmptyString(metadata.name) ? metadata.name : '<unnamed>';
  return `${kind} ${namespace}/${name}`;
}

/**
 * A key that is the same for two entities the catalog would consider the same:
 * kind, namespace and name compared without case.
 */
export function entityKey(entity: unknown): string | undefined {
  if (!isObject(entity) || !isObject(entity.metadata)) return undefined;
  const { kind } = entity;
  const { name, namespace = 'default' } = entity.metadata;
  if (!nonEmptyString(kind) || !nonEmptyString(name)) return undefined;
  return `${kind}:${String(namespace)}/${name}`.toLocaleLowerCase('en-US');
}
