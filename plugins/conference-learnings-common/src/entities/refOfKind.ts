import {
  CompoundEntityRef,
  makeValidator,
  parseEntityRef,
} from '@backstage/catalog-model';

const validator = makeValidator();

/**
 * The ref `value` means when it is a well-formed ref of an entity of `kind`
 * (written with or without the kind and namespace), with its kind and namespace
 * lower-cased as the catalog compares them; otherwise undefined. Never a ref no
 * entity could have, such as `technology:default/../admin`.
 * @public
 */
export function refOfKind(
  value: string,
  kind: string,
  defaultNamespace: string,
): CompoundEntityRef | undefined {
  try {
    const ref = parseEntityRef(value, {
      defaultKind: kind,
      defaultNamespace,
    });
    const namespace = ref.namespace.toLocaleLowerCase('en-US');
    if (
      ref.kind.toLocaleLowerCase('en-US') === kind.toLocaleLowerCase('en-US') &&
      validator.isValidNamespace(namespace) &&
      validator.isValidEntityName(ref.name)
    ) {
      return {
        kind: ref.kind.toLocaleLowerCase('en-US'),
        namespace,
        name: ref.name,
      };
    }
  } catch {
    // not a ref
  }
  return undefined;
}
