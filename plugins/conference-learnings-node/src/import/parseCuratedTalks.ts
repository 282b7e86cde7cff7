import { InputError } from '@backstage/errors';
import { Entity } from '@backstage/catalog-model';
import { parse } from 'yaml';
import {
  TALK_TYPES,
  TalkType,
  TECHNOLOGY_MATURITIES,
  TechnologyMaturity,
  validateConferenceLearningsEntity,
} from '@conference-learnings/plugin-conference-learnings-common';
import { isRecord } from './buildImport';
import { scheduleToEntities } from './scheduleToEntities';
import { ImportedTechnology, technologyToEntity } from './technologyToEntity';
import { truncate } from './truncate';
import { ImportedTalk } from './types';
import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';

const FORMAT = 'Curated talks';

/** Reads an optional string field, or throws naming where it is. */
function text(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') {
    return String(value).trim() || undefined;
  }
  throw new InputError(`${FORMAT}: ${where} must be a string`);
}

function required(value: unknown, where: string): string {
  const found = text(value, where);
  if (!found) throw new InputError(`${FORMAT}: ${where} is required`);
  return found;
}

/** An optional http(s) URL; anything else is an error, not silently dropped. */
function url(value: unknown, where: string): string | undefined {
  const found = text(value, where);
  if (found !== undefined && !httpUrl(found)) {
    throw new InputError(`${FORMAT}: ${where} must be an http(s) URL`);
  }
  return found;
}

function list(value: unknown, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new InputError(`${FORMAT}: ${where} must be a list`);
  }
  return value;
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new InputError(`${FORMAT}: ${where} must be a mapping`);
  }
  return value;
}

function strings(value: unknown, where: string): string[] {
  return list(value, where).map((v, i) => required(v, `${where}[${i}]`));
}

/** Where a talk or technology is, named by its title cut short for messages. */
const named = (where: string, title: string) =>
  `${where} ("${truncate(title, 60)}")`;

function readTalk(value: unknown, where: string): ImportedTalk {
  const talk = record(value, where);
  const title = required(talk.title, `${where}.title`);
  const at = named(where, title);
  const type = text(talk.type, `${at}.type`);
  if (type !== undefined && !TALK_TYPES.includes(type as TalkType)) {
    throw new InputError(
      `${FORMAT}: ${at}.type must be one of ${TALK_TYPES.join(', ')}`,
    );
  }
  return {
    sourceId: text(talk.id, `${at}.id`) ?? title,
    title,
    description: text(talk.description, `${at}.description`),
    speakers: list(talk.speakers, `${at}.speakers`).map((s, i) => {
      const speaker = record(s, `${at}.speakers[${i}]`);
      return {
        name: required(speaker.name, `${at}.speakers[${i}].name`),
        affiliation: text(
          speaker.affiliation,
          `${at}.speakers[${i}].affiliation`,
        ),
        url: url(speaker.url, `${at}.speakers[${i}].url`),
      };
    }),
    startsAt: text(talk.startsAt, `${at}.startsAt`),
    type: type as TalkType | undefined,
    track: text(talk.track, `${at}.track`),
    level: text(talk.level, `${at}.level`),
    tags: strings(talk.tags, `${at}.tags`),
    technologies: strings(talk.technologies, `${at}.technologies`),
    video: url(talk.video, `${at}.video`),
    slides: url(talk.slides, `${at}.slides`),
    schedule: url(talk.schedule, `${at}.schedule`),
  };
}

function readTechnology(value: unknown, where: string): ImportedTechnology {
  const technology = record(value, where);
  const name = required(technology.name, `${where}.name`);
  const at = named(where, name);
  const maturity = text(technology.maturity, `${at}.maturity`);
  if (
    maturity !== undefined &&
    !TECHNOLOGY_MATURITIES.includes(maturity as TechnologyMaturity)
  ) {
    throw new InputError(
      `${FORMAT}: ${at}.maturity must be one of ${TECHNOLOGY_MATURITIES.join(
        ', ',
      )}`,
    );
  }
  return {
    name,
    description: text(technology.description, `${at}.description`),
    category: text(technology.category, `${at}.category`),
    subcategory: text(technology.subcategory, `${at}.subcategory`),
    maturity: maturity as TechnologyMaturity | undefined,
    homepage: url(technology.homepage, `${at}.homepage`),
    repository: url(technology.repository, `${at}.repository`),
    aliases: strings(technology.aliases, `${at}.aliases`),
  };
}

/**
 * Parses the curated talks format — a YAML file with `conferences` (each with its
 * `talks`) and `technologies` — into catalog entities, every one validated. See the
 * catalog module's README for the format.
 *
 * @throws InputError naming the field, e.g.
 * `Curated talks: conferences[0].talks[2] ("App of Apps").video must be an http(s) URL`.
 * @public
 */
export function parseCuratedTalks(
  yaml: string,
  options: { namespace?: string; annotations?: Record<string, string> } = {},
): Entity[] {
  let doc: unknown;
  try {
    doc = parse(yaml);
  } catch (error) {
    throw new InputError(
      `${FORMAT}: not valid YAML (${(error as Error).message})`,
    );
  }
  const root = record(doc ?? undefined, 'the file');
  const entities: Entity[] = [];
  list(root.conferences, 'conferences').forEach((value, i) => {
    const where = `conferences[${i}]`;
    const conference = record(value, where);
    const name = required(conference.name, `${where}.name`);
    const talks = list(conference.talks, `${where}.talks`).map((talk, j) =>
      readTalk(talk, `${where}.talks[${j}]`),
    );
    entities.push(
      ...scheduleToEntities(
        {
          conference: {
            title: text(conference.title, `${where}.title`),
            startDate: text(conference.startDate, `${where}.startDate`),
            endDate: text(conference.endDate, `${where}.endDate`),
            location: text(conference.location, `${where}.location`),
            url: url(conference.url, `${where}.url`),
          },
          talks,
        },
        {
          conferenceName: name,
          namespace: options.namespace,
          annotations: options.annotations,
        },
      ),
    );
  });
  list(root.technologies, 'technologies').forEach((value, i) => {
    entities.push(
      technologyToEntity(readTechnology(value, `technologies[${i}]`), options),
    );
  });
  if (entities.length === 0) {
    throw new InputError(
      `${FORMAT}: the file has neither conferences nor technologies`,
    );
  }
  const seen = new Set<string>();
  for (const entity of entities) {
    validateConferenceLearningsEntity(entity);
    const key = `${entity.kind}:${entity.metadata.namespace}/${entity.metadata.name}`;
    if (seen.has(key)) {
      throw new InputError(`${FORMAT}: ${key} is defined twice`);
    }
    seen.add(key);
  }
  return entities;
}
