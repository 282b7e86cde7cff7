import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import {
  CONFERENCE_LEARNINGS_API_VERSION,
  TECHNOLOGY_KIND,
  TechnologyEntity,
} from '@conference-learnings/plugin-conference-learnings-common';
import { technologyEntityName } from '../detection';
import { compact, nonEmpty } from './buildImport';
import { MAX_DESCRIPTION_LENGTH, MAX_TEXT_LENGTH, truncate } from './truncate';
import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';

/** The schema's limit of `spec.aliases`. */
const MAX_ALIASES = 100;

/**
 * A technology as a source describes it, before it becomes a Technology entity:
 * the entity's spec (a `homepage` or `repository` that is not http(s) is
 * dropped), with its name and description.
 * @public
 */
export type ImportedTechnology = TechnologyEntity['spec'] & {
  /** Display name, e.g. `Open Policy Agent (OPA)`; the entity name is its slug. */
  name: string;
  description?: string;
};

/**
 * The Technology entity of a technology: named by {@link technologyEntityName}
 * (`Open Policy Agent (OPA)` → `open-policy-agent-opa`), titled by its name, so the
 * same technology always yields the same entity. Text is cut to the schema's limits
 * (titles and aliases at 1,000 characters, the description at 20,000, 100 aliases),
 * so that one overlong item of a source does not invalidate the others.
 * @public
 */
export function technologyToEntity(
  technology: ImportedTechnology,
  options: { namespace?: string; annotations?: Record<string, string> } = {},
): TechnologyEntity {
  const aliases = [
    ...new Set(
      (technology.aliases ?? [])
        .map(a => truncate(a.trim(), MAX_TEXT_LENGTH))
        .filter(Boolean),
    ),
  ]
    .filter(alias => alias !== technology.name)
    .slice(0, MAX_ALIASES);
  return {
    apiVersion: CONFERENCE_LEARNINGS_API_VERSION,
    kind: TECHNOLOGY_KIND,
    metadata: compact({
      name: technologyEntityName(technology.name),
      namespace: options.namespace ?? DEFAULT_NAMESPACE,
      title: truncate(technology.name, MAX_TEXT_LENGTH),
      description: truncate(technology.description, MAX_DESCRIPTION_LENGTH),
      annotations:
        options.annotations && Object.keys(options.annotations).length
          ? { ...options.annotations }
          : undefined,
    }),
    spec: compact({
      category: truncate(technology.category, MAX_TEXT_LENGTH),
      subcategory: truncate(technology.subcategory, MAX_TEXT_LENGTH),
      maturity: technology.maturity,
      homepage: httpUrl(technology.homepage),
      repository: httpUrl(technology.repository),
      aliases: nonEmpty(aliases),
    }),
  };
}
