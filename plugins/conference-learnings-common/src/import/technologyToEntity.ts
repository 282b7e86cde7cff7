import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import {
  CONFERENCE_LEARNINGS_API_VERSION,
  TECHNOLOGY_KIND,
  TechnologyEntity,
  TechnologyMaturity,
} from '../entities';
import { technologyEntityName } from '../detection';
import { compact, nonEmpty } from './buildImport';
import { httpUrl } from './urls';

/**
 * A technology as a source describes it, before it becomes a Technology entity.
 * @public
 */
export interface ImportedTechnology {
  /** Display name, e.g. `Open Policy Agent (OPA)`; the entity name is its slug. */
  name: string;
  description?: string;
  category?: string;
  subcategory?: string;
  maturity?: TechnologyMaturity;
  /** http(s) only; others are dropped */
  homepage?: string;
  /** http(s) only; others are dropped */
  repository?: string;
  aliases?: string[];
}

/**
 * The Technology entity of a technology: named by {@link technologyEntityName}
 * (`Open Policy Agent (OPA)` → `open-policy-agent-opa`), titled by its name, so the
 * same technology always yields the same entity.
 * @public
 */
export function technologyToEntity(
  technology: ImportedTechnology,
  options: { namespace?: string; annotations?: Record<string, string> } = {},
): TechnologyEntity {
  const aliases = [
    ...new Set((technology.aliases ?? []).map(a => a.trim()).filter(Boolean)),
  ].filter(alias => alias !== technology.name);
  return {
    apiVersion: CONFERENCE_LEARNINGS_API_VERSION,
    kind: TECHNOLOGY_KIND,
    metadata: compact({
      name: technologyEntityName(technology.name),
      namespace: options.namespace ?? DEFAULT_NAMESPACE,
      title: technology.name,
      description: technology.description,
      annotations:
        options.annotations && Object.keys(options.annotations).length
          ? { ...options.annotations }
          : undefined,
    }),
    spec: compact({
      category: technology.category,
      subcategory: technology.subcategory,
      maturity: technology.maturity,
      homepage: httpUrl(technology.homepage),
      repository: httpUrl(technology.repository),
      aliases: nonEmpty(aliases),
    }),
  };
}
