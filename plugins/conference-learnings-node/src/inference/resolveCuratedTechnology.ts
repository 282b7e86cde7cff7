import { stringifyEntityRef } from '@backstage/catalog-model';
import { TECHNOLOGY_KIND } from '@conference-learnings/plugin-conference-learnings-common';
import { refOfKind } from '@conference-learnings/plugin-conference-learnings-common';
import { technologyEntityName } from '../detection/technologyEntityName';
import { TechnologyLookup } from './technologyLookup';

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
    const ref = refOfKind(trimmed, TECHNOLOGY_KIND, namespace);
    if (ref) return stringifyEntityRef(ref);
  }
  return stringifyEntityRef({
    kind: TECHNOLOGY_KIND,
    namespace,
    name: technologyEntityName(trimmed),
  });
}
