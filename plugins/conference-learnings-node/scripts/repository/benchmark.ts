/* eslint-disable no-console */ // a command-line script: it prints
/**
 * Times the repository analysis of a fetched tree of 500 manifest files (taken
 * from the labelled real repositories of `dataset/`), against the naive
 * baseline (every landscape name looked for in every file) in the same run:
 * medians of several runs, after warm-up runs. The bar: the analysis takes at
 * most 50 ms.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs scripts/repository/benchmark.ts [--runs 15] [--files 500]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import {
  analyseRepository,
  readLocalRepository,
  RepositoryFile,
} from '../../src/repository';
import {
  DATASET_DIR,
  loadResolver,
  naiveTechnologies,
} from './scoreRepositories';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = arg('runs', 15);
const FILES = arg('files', 500);

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function tree(): Promise<RepositoryFile[]> {
  const files: RepositoryFile[] = [];
  for (const dir of readdirSync(DATASET_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const repository = await readLocalRepository(join(DATASET_DIR, dir.name));
    files.push(
      ...repository.files.map(f => ({ ...f, path: `${dir.name}/${f.path}` })),
    );
  }
  if (files.length < FILES) {
    throw new Error(
      `the data set has ${files.length} manifest files, fewer than ${FILES}`,
    );
  }
  return files.slice(0, FILES);
}

async function main() {
  const files = await tree();
  const { resolver, names } = loadResolver();
  const characters = files.reduce((n, f) => n + f.content.length, 0);
  // Each side's runs together, after warm-up runs, so that neither pays for
  // the other's garbage.
  const runs = (fn: () => unknown) => {
    const times: number[] = [];
    for (let run = -3; run < RUNS; run++) {
      const ms = time(fn);
      if (run >= 0) times.push(ms);
    }
    return times;
  };
  const ours = runs(() => analyseRepository(files, resolver));
  const naive = runs(() => naiveTechnologies(files, names));
  const found = analyseRepository(files, resolver).technologies.length;
  console.log(
    `A tree of ${files.length} manifest files (${(characters / 1024).toFixed(
      0,
    )} KiB) from the labelled repositories, medians of ${RUNS} runs:`,
  );
  console.log(
    `  analysis          ${median(ours).toFixed(
      1,
    )} ms (bar <= 50 ms), ${found} technologies`,
  );
  console.log(
    `  naive baseline    ${median(naive).toFixed(
      1,
    )} ms (every landscape name in every file); analysis ×${(
      median(naive) / median(ours)
    ).toFixed(1)} faster`,
  );
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
