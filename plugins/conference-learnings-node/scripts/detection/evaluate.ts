/* eslint-disable no-console */ // a command-line script: it prints
/**
 * Scores the technology detection engine and the naive baseline on the
 * hand-labelled dev set: micro precision and recall, overall and without
 * Kubernetes. `--verbose` also lists every false positive and negative.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs scripts/detection/evaluate.ts [--verbose] [--labels <file>]
 *
 * `--labels` scores on that label file instead of the dev set.
 */
import path from 'node:path';
import { createTechnologyMatcher } from '../../src/detection';
import { parseLandscape } from '../../src/landscape';
import { readLabelledTalks, readLandscape } from './devData';
import { createNaiveMatcher } from './naiveBaseline';

const KUBERNETES = 'technology:default/kubernetes';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(
  gold: Set<string>,
  predicted: Set<string>,
  counts: Counts,
  skip?: string,
) {
  for (const ref of predicted) {
    if (ref !== skip && gold.has(ref)) counts.tp++;
    else if (ref !== skip) counts.fp++;
  }
  for (const ref of gold) if (ref !== skip && !predicted.has(ref)) counts.fn++;
}

const format = ({ tp, fp, fn }: Counts) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${(
    (2 * p * r) /
    (p + r || 1)
  ).toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
};

function main() {
  const verbose = process.argv.includes('--verbose');
  const landscape = readLandscape();
  const technologies = parseLandscape(landscape);
  const labelsArg = process.argv.indexOf('--labels');
  const labelled = readLabelledTalks(
    landscape,
    labelsArg > 0 ? [path.resolve(process.argv[labelsArg + 1])] : undefined,
  );
  const engine = createTechnologyMatcher(technologies);
  const naive = createNaiveMatcher(technologies);
  const name = new Map(technologies.map(t => [t.ref, t.name]));

  const systems = {
    engine: (text: string) => new Set(engine.match(text).map(m => m.ref)),
    naive: (text: string) => new Set(naive.match(text)),
  };
  console.log(
    `Dev set: ${labelled.length} labelled talks, ${labelled.reduce(
      (n, l) => n + l.refs.size,
      0,
    )} labels`,
  );
  for (const [system, detect] of Object.entries(systems)) {
    const all: Counts = { tp: 0, fp: 0, fn: 0 };
    const noK8s: Counts = { tp: 0, fp: 0, fn: 0 };
    const errors: string[] = [];
    for (const { talk, refs } of labelled) {
      const predicted = detect(talk.text);
      score(refs, predicted, all);
      score(refs, predicted, noK8s, KUBERNETES);
      const fps = [...predicted]
        .filter(r => !refs.has(r))
        .map(r => name.get(r) ?? r);
      const fns = [...refs]
        .filter(r => !predicted.has(r))
        .map(r => name.get(r) ?? r);
      if (fps.length || fns.length) {
        errors.push(
          `  ${talk.title}\n    ${talk.url}${
            fps.length ? `\n    FP: ${fps.join(', ')}` : ''
          }${fns.length ? `\n    FN: ${fns.join(', ')}` : ''}`,
        );
      }
    }
    console.log(`\n${system.padEnd(6)} overall          ${format(all)}`);
    console.log(`${system.padEnd(6)} w/o Kubernetes   ${format(noK8s)}`);
    if (verbose && system === 'engine')
      console.log(`\nErrors of the engine:\n${errors.join('\n')}`);
  }
}

main();
