import { CONFERENCE_KIND, TALK_KIND, TECHNOLOGY_KIND } from './constants';
import { TALK_TYPES, TECHNOLOGY_MATURITIES } from './types';

/**
 * Reusable definitions. The validator turns a failure inside one of these into
 * the message given by {@link DEFINITION_MESSAGES}.
 */
const definitions = {
  httpUrl: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 2048 },
  isoDate: { type: 'string', format: 'date' },
  isoDateTime: { type: 'string', format: 'date-time' },
  text: { type: 'string', minLength: 1, maxLength: 1000 },
};

/** @internal */
export const DEFINITION_MESSAGES: Record<string, string> = {
  httpUrl: 'must be an http(s) URL',
  isoDate: 'must be an ISO 8601 date (YYYY-MM-DD)',
  isoDateTime: 'must be an ISO 8601 date-time (YYYY-MM-DDTHH:mm:ssZ)',
  text: 'must be a non-empty string of at most 1000 characters',
};

const titledMetadata = {
  type: 'object',
  required: ['title'],
  properties: { title: { $ref: '#/definitions/text' } },
};

/** The JSON Schema (draft-07) of a kind: a titled `metadata`, and its `spec`. */
function kindSchema<const Kind extends string, const Spec>(
  kind: Kind,
  spec: Spec,
) {
  return {
    $id: `https://conference-learnings.io/schemas/${kind}.v1alpha1.json`,
    type: 'object',
    required: ['metadata', 'spec'],
    definitions,
    properties: { metadata: titledMetadata, spec },
  } as const;
}

/** JSON Schema (draft-07) of the Talk kind's metadata and spec. @public */
export const talkEntitySchema = kindSchema(TALK_KIND, {
  type: 'object',
  required: ['conference'],
  additionalProperties: false,
  properties: {
    conference: { $ref: '#/definitions/text' },
    speakers: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { $ref: '#/definitions/text' },
          affiliation: { $ref: '#/definitions/text' },
          url: { $ref: '#/definitions/httpUrl' },
        },
      },
    },
    startsAt: { $ref: '#/definitions/isoDateTime' },
    type: { enum: [...TALK_TYPES] },
    track: { $ref: '#/definitions/text' },
    level: { $ref: '#/definitions/text' },
    technologies: {
      type: 'array',
      maxItems: 200,
      items: { $ref: '#/definitions/text' },
    },
    video: { $ref: '#/definitions/httpUrl' },
    slides: { $ref: '#/definitions/httpUrl' },
    schedule: { $ref: '#/definitions/httpUrl' },
  },
});

/** JSON Schema (draft-07) of the Technology kind's metadata and spec. @public */
export const technologyEntitySchema = kindSchema(TECHNOLOGY_KIND, {
  type: 'object',
  additionalProperties: false,
  properties: {
    category: { $ref: '#/definitions/text' },
    subcategory: { $ref: '#/definitions/text' },
    maturity: { enum: [...TECHNOLOGY_MATURITIES] },
    homepage: { $ref: '#/definitions/httpUrl' },
    repository: { $ref: '#/definitions/httpUrl' },
    aliases: {
      type: 'array',
      maxItems: 100,
      items: { $ref: '#/definitions/text' },
    },
  },
});

/** JSON Schema (draft-07) of the Conference kind's metadata and spec. @public */
export const conferenceEntitySchema = kindSchema(CONFERENCE_KIND, {
  type: 'object',
  required: ['startDate', 'endDate'],
  additionalProperties: false,
  properties: {
    startDate: { $ref: '#/definitions/isoDate' },
    endDate: { $ref: '#/definitions/isoDate' },
    location: { $ref: '#/definitions/text' },
    url: { $ref: '#/definitions/httpUrl' },
  },
});
