/* eslint-disable no-console */ // a command-line script: it prints
/**
 * Times the technology detection engine against the naive baseline on the
 * 880 talks of KubeCon EU 2026: medians of several runs of building the
 * matcher over the full landscape and of matching every talk, the speed
 * ratio, and the heap the built matcher holds.
 *
 *   node --expose-gc -r @backstage/cli/config/nodeTransform.cjs scripts/detection/benchmark.ts [--runs 15]
 */
import { createTechnologyMatcher } from '../../src/detection';
import { parseLandscape } from '../../src/landscape';
import { readLandscape, readTalks } from './devData';
import { createNaiveMatcher } from './naiveBaseline';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const WARM_UP = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time<T>(fn: () => T): [number, T] {
  const start = process.hrtime.bigint();
  const result = fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

function gc() {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('Run node with --expose-gc to measure memory');
  collect();
  collect();
}

interface Matcher {
  match(text: string): unknown[];
}

interface Result {
  build: number;
  match: number;
  found: number;
}

/**
 * Medians of building each system's matcher, and then of matching all talks
 * with a built one. Runs alternate between the systems, so that both see the
 * same load of the machine; the first runs only warm up.
 */
function measure(
  systems: Record<string, () => Matcher>,
  talks: string[],
): Record<string, Result> {
  const entries = Object.entries(systems);
  const builds = entries.map(() => [] as number[]);
  const matches = entries.map(() => [] as number[]);
  const matchers = entries.map(([, build]) => build());
  const found = entries.map(() => 0);
  for (let run = 0; run < RUNS + WARM_UP; run++) {
    entries.forEach(([, build], i) => {
      const [ms] = time(build);
      if (run >= WARM_UP) builds[i].push(ms);
    });
  }
  for (let run = 0; run < RUNS + WARM_UP; run++) {
    matchers.forEach((matcher, i) => {
      const [ms, count] = time(() =>
        talks.reduce((n, text) => n + matcher.match(text).length, 0),
      );
      if (run >= WARM_UP) matches[i].push(ms);
      found[i] = count;
    });
  }
  return Object.fromEntries(
    entries.map(([name], i) => [
      name,
      { build: median(builds[i]), match: median(matches[i]), found: found[i] },
    ]),
  );
}

/** Heap (and array buffers) that a built matcher holds, averaged over several. */
function matcherMemory(build: () => Matcher): number {
  const heap = () => {
    gc();
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const before = heap();
  const kept = Array.from({ length: 10 }, build);
  return (heap() - before) / kept.length;
}

function main() {
  const landscape = readLandscape();
  const talks = readTalks().map(t => t.text);
  const [parseMs, technologies] = time(() => parseLandscape(landscape));
  const characters = talks.reduce((n, t) => n + t.length, 0);
  console.log(
    `${technologies.length} technologies (landscape parsed in ${parseMs.toFixed(
      0,
    )} ms), ` +
      `${talks.length} talks (${(characters / 1e6).toFixed(
        2,
      )} M characters), ` +
      `medians of ${RUNS} runs\n`,
  );
  const results = measure(
    {
      engine: () => createTechnologyMatcher(technologies),
      naive: () => createNaiveMatcher(technologies),
    },
    talks,
  );
  const { engine, naive } = results;
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `${name.padEnd(6)}  build ${r.build.toFixed(2).padStart(8)} ms   ` +
        `match ${talks.length} talks ${r.match.toFixed(2).padStart(9)} ms   ` +
        `(${r.found} technology matches)`,
    );
  }
  console.log(
    `\nspeed-up of matching: ${(naive.match / engine.match).toFixed(
      0,
    )}x the naive baseline`,
  );
  const bytes = matcherMemory(() => createTechnologyMatcher(technologies));
  console.log(`built matcher memory: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
}

main();
