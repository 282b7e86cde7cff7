import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { TECHNOLOGY_KIND } from '../entities';
import { technologyEntityName } from '../detection/technologyEntityName';
import { TechnologyLookup } from './technologyLookup';

const validator = makeValidator();

/**
 * The full ref of the technology a value of a Talk's `spec.technologies` means: the
 * Technology whose name, alias or ref it is; else the value itself when it is a
 * well-formed ref of a Technology (valid namespace and name, so never
 * `technology:default/../admin`); else the ref the technology's entity would get from its name
 * (`Open Policy Agent` → `technology:default/open-policy-agent`). The catalog
 * module and the backend both resolve curated technologies with it, so they agree.
 * @public
 */
export function resolveCuratedTechnology(
  value: string,
  namespace: string,
  lookup?: TechnologyLookup,
): string {
  const resolved = lookup?.resolve(value);
  if (resolved) return resolved;
  const trimmed = value.trim();
  if (/^[\w.:/-]+$/.test(trimmed)) {
    try {
      const ref = parseEntityRef(trimmed, {
        defaultKind: TECHNOLOGY_KIND,
        defaultNamespace: namespace,
      });
      if (
        ref.kind.toLocaleLowerCase('en-US') ===
          TECHNOLOGY_KIND.toLocaleLowerCase('en-US') &&
        validator.isValidNamespace(ref.namespace) &&
        validator.isValidEntityName(ref.name)
      ) {
        return stringifyEntityRef(ref);
      }
    } catch {
      // not a ref: named below
    }
  }
  return stringifyEntityRef({
    kind: TECHNOLOGY_KIND,
    namespace,
    name: technologyEntityName(trimmed),
  });
}
