/* eslint-disable no-console */ // a command-line script: it prints
/**
 * Scores the repository analysis on the labelled repositories of `dataset/`
 * (or of another folder with the same layout: `--dataset DIR`, e.g. a held-out
 * set) next to the naive baseline, runtime uses only; `--verbose` lists every
 * false positive and negative.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs scripts/repository/evaluate.ts [--verbose] [--dataset DIR]
 */
import { resolve } from 'node:path';
import { DATASET_DIR, Score, scoreRepositories } from './scoreRepositories';

const format = (s: Score) =>
  `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (tp ${
    s.tp
  }, fp ${s.fp}, fn ${s.fn})`;

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dataset');
  const dataset = at >= 0 ? resolve(args[at + 1]) : DATASET_DIR;
  const { ours, naive, repositories } = await scoreRepositories(dataset);
  console.log(
    `${repositories} labelled repositories in ${dataset}, runtime uses`,
  );
  console.log(
    `analysis  ${format(ours)}   (bars: precision >= 0.95, recall >= 0.85)`,
  );
  console.log(`naive     ${format(naive)}`);
  if (args.includes('--verbose')) {
    for (const { dir, falsePositives, falseNegatives } of ours.errors) {
      console.log(`\n${dir}`);
      for (const ref of falsePositives) console.log(`  + ${ref}`);
      for (const ref of falseNegatives) console.log(`  - ${ref}`);
    }
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
