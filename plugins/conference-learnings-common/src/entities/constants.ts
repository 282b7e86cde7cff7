/** The apiVersion of every entity kind that Conference Learnings defines. @public */
export const CONFERENCE_LEARNINGS_API_VERSION =
  'conference-learnings.io/v1alpha1';

/** Entity kinds defined by Conference Learnings. @public */
export const TALK_KIND = 'Talk';
/** @public */
export const TECHNOLOGY_KIND = 'Technology';
/** @public */
export const CONFERENCE_KIND = 'Conference';

/** A Talk covers a Technology (explicitly in `spec.technologies`, or detected in its text). @public */
export const RELATION_COVERS_TECHNOLOGY = 'coversTechnology';
/** Reverse of {@link RELATION_COVERS_TECHNOLOGY}. @public */
export const RELATION_TECHNOLOGY_COVERED_BY = 'technologyCoveredBy';
/** A Component, System, Resource or API uses a Technology. @public */
export const RELATION_USES_TECHNOLOGY = 'usesTechnology';
/** Reverse of {@link RELATION_USES_TECHNOLOGY}. @public */
export const RELATION_TECHNOLOGY_USED_BY = 'technologyUsedBy';

/**
 * Comma-separated technology names, aliases or entity refs that an entity uses,
 * e.g. `argocd, technology:default/kubernetes, OTel`.
 * @public
 */
export const TECHNOLOGIES_ANNOTATION = 'conference-learnings.io/technologies';

/**
 * Comma-separated technology names, aliases or entity refs that an entity does
 * not use, whatever the evidence says: a person mutes a wrong inference with
 * it, e.g. `flux, technology:default/kind`. Muted technologies get no
 * `usesTechnology` relation and no reasons anywhere.
 * @public
 */
export const IGNORE_TECHNOLOGIES_ANNOTATION =
  'conference-learnings.io/ignore-technologies';

/**
 * The kinds whose use of technologies the catalog module infers and records
 * (`usesTechnology` relations with their reasons).
 * @public
 */
export const TECHNOLOGY_USING_KINDS: readonly string[] = [
  'component',
  'system',
  'resource',
  'api',
];

/**
 * The kinds whose entity pages show the "Conference Learnings" tab, and for which
 * the backend ranks talks (`GET /entities/{kind}/{namespace}/{name}/talks`):
 * the using kinds, what groups them (Domain), who owns them (Group, User), and
 * Technology itself. Lower case, as `kind` compares.
 * @public
 */
export const CONFERENCE_LEARNINGS_ENTITY_KINDS: readonly string[] = [
  'component',
  'api',
  'resource',
  'system',
  'domain',
  'group',
  'user',
  'technology',
];
