import { Command } from 'commander';
import { LineCounter, parseAllDocuments } from 'yaml';
import {
  findEntityProblems,
  isConferenceLearningsEntity,
  validateConferenceLearningsEntity,
} from '@conference-learnings/plugin-conference-learnings-common';
import { parseCuratedTalks } from '@conference-learnings/plugin-conference-learnings-node';
import { CliExit, CliIo, EXIT_FAILURE } from '../lib/context';
import { entityKey, entityLabel, findShapeProblems } from '../lib/entityShape';
import { readInput } from '../lib/input';
import { fieldPathOf, lineOfDocument, lineOfPath } from '../lib/yamlLocations';

type CatalogEntity = Parameters<typeof findEntityProblems>[0];

/** One problem found, at a place in a file. */
export interface ValidationProblem {
  file: string;
  /** 1-based; absent when the file could not be read. */
  line?: number;
  /** E.g. `Talk default/x: spec.video must be an http(s) URL`. */
  message: string;
}

/** What {@link validateFiles} found. */
export interface ValidationResult {
  problems: ValidationProblem[];
  files: number;
  /** Entities checked against the Talk, Technology and Conference schemas. */
  schemaChecked: number;
  /** Entities of other kinds, checked for the basic entity shape only. */
  shapeChecked: number;
}

/** `file:line: message`, or `file: message` without a line. */
export function formatProblem(problem: ValidationProblem): string {
  return problem.line === undefined
    ? problem.message
    : `${problem.file}:${problem.line}: ${problem.message}`;
}

/** The entity's label as the common package's validation writes it, e.g. `Talk default/x`. */
function labelOf(entity: CatalogEntity, problems: string[]): string {
  try {
    validateConferenceLearningsEntity(entity);
  } catch (error) {
    const suffix = `: ${problems.join('; ')}`;
    const { message } = error as Error;
    if (message.endsWith(suffix)) {
      return message.slice(0, -suffix.length);
    }
  }
  return entityLabel(entity);
}

/** Whether a document is in the curated talks format rather than a catalog entity. */
function isCuratedTalks(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const keys = Object.keys(value);
  return (
    !keys.includes('kind') &&
    (keys.includes('conferences') || keys.includes('technologies'))
  );
}

/** The first line of a YAML parser message, without its position (given separately). */
function yamlMessage(message: string): string {
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?\s*$/, '')
    .trim();
}

/**
 * Checks every entity of every YAML document of the files: Talks, Technologies and
 * Conferences against their schemas, all entities for the basic entity shape, and that
 * no entity is defined twice. Files that cannot be read or parsed, or are empty, are
 * problems too.
 */
export async function validateFiles(
  files: string[],
  io: CliIo,
): Promise<ValidationResult> {
  const result: ValidationResult = {
    problems: [],
    files: files.length,
    schemaChecked: 0,
    shapeChecked: 0,
  };
  const seen = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = await readInput(file, { fetch: io.fetch });
    } catch (error) {
      result.problems.push({ file, message: (error as Error).message });
      continue;
    }
    if (!text.trim()) {
      result.problems.push({ file, message: `${file}: the file is empty` });
      continue;
    }
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter });
    for (const doc of docs) {
      const report = (line: number, message: string) =>
        result.problems.push({ file, line, message });
      if (doc.errors.length > 0) {
        for (const error of doc.errors) {
          report(
            error.linePos?.[0]?.line ?? lineOfDocument(doc, lineCounter),
            `YAML: ${yamlMessage(error.message)}`,
          );
        }
        continue;
      }
      if (doc.contents === null) {
        continue; // an empty document, e.g. only comments or a trailing `---`
      }
      let entity: unknown;
      try {
        entity = doc.toJS({ maxAliasCount: 1000 });
      } catch (error) {
        report(
          lineOfDocument(doc, lineCounter),
          `YAML: ${yamlMessage((error as Error).message)}`,
        );
        continue;
      }
      if (isCuratedTalks(entity)) {
        // the file provider's format: conferences with talks, and technologies
        try {
          result.schemaChecked += parseCuratedTalks(String(doc)).length;
        } catch (error) {
          report(lineOfDocument(doc, lineCounter), (error as Error).message);
        }
        continue;
      }
      const shapeProblems = findShapeProblems(entity);
      if (shapeProblems.length > 0) {
        result.shapeChecked += 1;
        const label = entityLabel(entity);
        for (const problem of shapeProblems) {
          report(
            lineOfPath(doc, lineCounter, fieldPathOf(problem)),
            `${label}: ${problem}`,
          );
        }
        continue;
      }
      const catalogEntity = entity as CatalogEntity;
      if (isConferenceLearningsEntity(catalogEntity)) {
        result.schemaChecked += 1;
        const problems = findEntityProblems(catalogEntity);
        const label = labelOf(catalogEntity, problems);
        for (const problem of problems) {
          report(
            lineOfPath(doc, lineCounter, fieldPathOf(problem)),
            `${label}: ${problem}`,
          );
        }
      } else {
        result.shapeChecked += 1;
      }
      const key = entityKey(entity);
      const line = lineOfDocument(doc, lineCounter);
      if (key) {
        const first = seen.get(key);
        if (first) {
          report(
            line,
            `${entityLabel(entity)}: defined twice, first at ${first}`,
          );
        } else {
          seen.set(key, `${file}:${line}`);
        }
      }
    }
  }
  return result;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** The one-line summary printed on standard error. */
export function summarise(result: ValidationResult): string {
  const entities = result.schemaChecked + result.shapeChecked;
  const checked = `${plural(entities, 'entity', 'entities')} in ${plural(
    result.files,
    'file',
  )}: ${
    result.schemaChecked
  } checked against the Talk/Technology/Conference schemas, ${
    result.shapeChecked
  } of other kinds for entity shape only`;
  if (result.problems.length === 0) {
    return `OK: ${checked}`;
  }
  const files = new Set(result.problems.map(p => p.file)).size;
  return `${plural(result.problems.length, 'problem')} in ${plural(
    files,
    'file',
  )} (${checked})`;
}

/** Registers `validate FILE…`. */
export function registerValidateCommand(program: Command, io: CliIo) {
  program
    .command('validate')
    .description(
      'Check every entity in catalog YAML files (and files in the curated talks format); print problems as file:line: message and exit with 1 if there are any.',
    )
    .argument('<files...>', 'YAML files (or http(s) URLs) to check')
    .action(async (files: string[]) => {
      const result = await validateFiles(files, io);
      for (const problem of result.problems) {
        io.stdout(`${formatProblem(problem)}\n`);
      }
      io.stderr(`${summarise(result)}\n`);
      if (result.problems.length > 0) {
        throw new CliExit(EXIT_FAILURE);
      }
    });
}
