import { makeValidator, stringifyEntityRef } from '@backstage/catalog-model';

/**
 * The basic shape every catalog entity must have, whatever its kind: a non-empty
 * `apiVersion`, a `kind`, a `metadata` object whose `name` (and `namespace`, when
 * given) follow the catalog's naming rules, and a `spec` that is an object when present.
 * Kinds this project defines are further checked against their schemas; other kinds
 * (Component, Group …) only this way.
 */

/** The catalog's own rules for kinds, names and namespaces. */
const validator = makeValidator();

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
  else if (!validator.isValidKind(kind))
    problems.push(
      'kind must be at most 63 letters and digits, starting with a letter',
    );
  if (metadata === undefined) {
    problems.push('metadata is required');
  } else if (!isObject(metadata)) {
    problems.push('metadata must be an object');
  } else {
    const { name, namespace } = metadata;
    if (name === undefined) {
      problems.push('metadata.name is required');
    } else if (!validator.isValidEntityName(name)) {
      problems.push(
        'metadata.name must be at most 63 letters, digits, - _ and ., starting and ending with a letter or digit',
      );
    }
    if (namespace !== undefined && !validator.isValidNamespace(namespace)) {
      problems.push(
        'metadata.namespace must be at most 63 lower-case letters, digits and dashes, starting and ending with a letter or digit',
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
 * A key that is the same for two entities the catalog would consider the same: their
 * entity ref, all in lower case, so that kind, namespace and name compare without case.
 */
export function entityKey(entity: unknown): string | undefined {
  if (!isObject(entity) || !isObject(entity.metadata)) return undefined;
  const { kind } = entity;
  const { name, namespace } = entity.metadata;
  if (!nonEmptyString(kind) || !nonEmptyString(name)) return undefined;
  return stringifyEntityRef({
    kind,
    namespace: nonEmptyString(namespace) ? namespace : undefined,
    name,
  });
}
