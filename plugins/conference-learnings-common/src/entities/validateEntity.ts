import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import {
  DEFAULT_NAMESPACE,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CONFERENCE_KIND, TALK_KIND, TECHNOLOGY_KIND } from './constants';
import { refOfKind } from './refOfKind';
import {
  conferenceEntitySchema,
  DEFINITION_MESSAGES,
  talkEntitySchema,
  technologyEntitySchema,
} from './schemas';
import { isConferenceEntity, isTalkEntity, isTechnologyEntity } from './types';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv, ['date', 'date-time']);

const validators: Array<{
  kind: string;
  applies: (entity: Entity) => boolean;
  validate: ValidateFunction;
}> = [
  {
    kind: TALK_KIND,
    applies: isTalkEntity,
    validate: ajv.compile(talkEntitySchema),
  },
  {
    kind: TECHNOLOGY_KIND,
    applies: isTechnologyEntity,
    validate: ajv.compile(technologyEntitySchema),
  },
  {
    kind: CONFERENCE_KIND,
    applies: isConferenceEntity,
    validate: ajv.compile(conferenceEntitySchema),
  },
];

function fieldPath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map(part => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
}

function describe(error: ErrorObject): string {
  const path = fieldPath(error.instancePath);
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string })
      .missingProperty;
    return `${path ? `${path}.` : ''}${missing} is required`;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string })
      .additionalProperty;
    return `${path}.${extra} is not a known field`;
  }
  const definition = /^#\/definitions\/(\w+)\//.exec(error.schemaPath)?.[1];
  if (definition && DEFINITION_MESSAGES[definition]) {
    return `${path} ${DEFINITION_MESSAGES[definition]}`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] })
      .allowedValues;
    return `${path} must be one of ${allowed.join(', ')}`;
  }
  return `${path} ${error.message}`;
}

function entityLabel(entity: Entity): string {
  try {
    const ref = stringifyEntityRef(entity);
    return `${entity.kind} ${ref.slice(ref.indexOf(':') + 1)}`;
  } catch {
    return `${entity.kind} ${entity.metadata?.name ?? '<unnamed>'}`;
  }
}

/**
 * Whether a Talk's `spec.conference` (a string, as the schema checked) is the ref of
 * a Conference with a valid namespace and name, so that the catalog can relate them.
 */
function isConferenceRef(value: string, namespace: string): boolean {
  return refOfKind(value, CONFERENCE_KIND, namespace) !== undefined;
}

/**
 * Lists what is wrong with a Talk, Technology or Conference entity, one message per
 * field, such as `spec.video must be an http(s) URL`. Empty when it is valid.
 * @public
 */
export function findEntityProblems(entity: Entity): string[] {
  const validator = validators.find(v => v.applies(entity));
  if (!validator) {
    return [];
  }
  const problems = validator.validate(entity)
    ? []
    : (validator.validate.errors ?? []).map(describe);
  const conference = entity.spec?.conference;
  if (
    isTalkEntity(entity) &&
    typeof conference === 'string' &&
    conference.trim() &&
    !isConferenceRef(
      conference,
      typeof entity.metadata?.namespace === 'string'
        ? entity.metadata.namespace
        : DEFAULT_NAMESPACE,
    )
  ) {
    problems.push(
      'spec.conference must be the ref of a Conference, such as kubecon-eu-2024 or conference:default/kubecon-eu-2024',
    );
  }
  return [...new Set(problems)];
}

/**
 * Whether the entity is one of the kinds this package defines (Talk, Technology, Conference).
 * @public
 */
export function isConferenceLearningsEntity(entity: Entity): boolean {
  return validators.some(v => v.applies(entity));
}

/**
 * Throws an `InputError` naming the entity and every invalid field, e.g.
 * `Talk default/kubecon-eu-2024-app-of-apps: spec.video must be an http(s) URL`.
 * @public
 */
export function validateConferenceLearningsEntity(entity: Entity): void {
  const problems = findEntityProblems(entity);
  if (problems.length > 0) {
    throw new InputError(`${entityLabel(entity)}: ${problems.join('; ')}`);
  }
}
