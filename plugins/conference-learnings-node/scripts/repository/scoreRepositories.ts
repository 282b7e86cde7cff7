import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseLandscape } from '../../src/landscape';
import {
  analyseRepository,
  BUILT_IN_REPOSITORY_RULES,
  createMentionResolver,
  readLocalRepository,
  RepositoryFile,
} from '../../src/repository';

/*
 * Scores the repository analysis on labelled repositories (manifest files of
 * real open-source services, labelled by hand with the landscape technologies
 * they use at runtime): micro precision and recall over (repository,
 * technology) pairs, next to a naive baseline — a landscape name or alias found
 * anywhere in the files.
 */

export const DATASET_DIR = resolve(__dirname, 'dataset');
const LANDSCAPE = resolve(
  __dirname,
  '../../../../../shared/data/cncf-landscape.yml',
);

interface Label {
  dir: string;
  uses?: { technology: string }[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Per repository: what was found wrongly, and missed */
  errors: { dir: string; falsePositives: string[]; falseNegatives: string[] }[];
}

function score(
  results: { dir: string; gold: Set<string>; predicted: Set<string> }[],
): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: Score['errors'] = [];
  for (const { dir, gold, predicted } of results) {
    const falsePositives = [...predicted].filter(ref => !gold.has(ref));
    const falseNegatives = [...gold].filter(ref => !predicted.has(ref));
    tp += predicted.size - falsePositives.length;
    fp += falsePositives.length;
    fn += falseNegatives.length;
    if (falsePositives.length || falseNegatives.length) {
      errors.push({ dir, falsePositives, falseNegatives });
    }
  }
  return {
    tp,
    fp,
    fn,
    precision: tp / (tp + fp || 1),
    recall: tp / (tp + fn || 1),
    errors,
  };
}

/** The naive baseline: every landscape name or alias standing as a word anywhere in the files. */
export function naiveTechnologies(
  files: RepositoryFile[],
  names: { ref: string; pattern: RegExp }[],
): Set<string> {
  const text = files.map(f => f.content).join('\n');
  return new Set(names.filter(n => n.pattern.test(text)).map(n => n.ref));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The resolver over the real landscape, and the naive baseline's patterns of its names. */
export function loadResolver() {
  const technologies = parseLandscape(readFileSync(LANDSCAPE, 'utf8'));
  const resolver = createMentionResolver(
    technologies.map(t => ({ ...t, name: t.entityName, title: t.name })),
    BUILT_IN_REPOSITORY_RULES,
  );
  const names = technologies.flatMap(t =>
    [t.name, ...t.aliases]
      .filter(name => name.length > 2)
      .map(name => ({
        ref: t.ref,
        pattern: new RegExp(`(^|[^\\w-])${escape(name)}($|[^\\w-])`, 'i'),
      })),
  );
  return { resolver, names };
}

/** Scores the analysis and the naive baseline on a labelled data set (labels.yaml next to the repositories). */
export async function scoreRepositories(
  datasetDir = DATASET_DIR,
): Promise<{ ours: Score; naive: Score; repositories: number }> {
  const { resolver, names } = loadResolver();
  const labels = parse(
    readFileSync(join(datasetDir, 'labels.yaml'), 'utf8'),
  ) as Label[];
  const ours = [];
  const naive = [];
  for (const label of labels) {
    const { files } = await readLocalRepository(join(datasetDir, label.dir));
    const gold = new Set((label.uses ?? []).map(u => u.technology));
    const analysis = analyseRepository(files, resolver);
    const runtime = analysis.technologies.filter(t => t.scope === 'runtime');
    ours.push({
      dir: label.dir,
      gold,
      predicted: new Set(runtime.map(t => t.ref)),
    });
    naive.push({
      dir: label.dir,
      gold,
      predicted: naiveTechnologies(files, names),
    });
  }
  return {
    ours: score(ours),
    naive: score(naive),
    repositories: labels.length,
  };
}
