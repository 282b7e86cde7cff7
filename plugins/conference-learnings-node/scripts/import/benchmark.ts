/* eslint-disable no-console */ // a command-line script: it prints
/**
 * Times the schedule importers on the real files in `../shared/data/` against
 * the hand-written parsers that `entities`, `ical.js`, `csv-parse` and `luxon`
 * replaced: the median of several runs of each importer, old and new taking
 * turns, the ratio new/old, and whether both give the same schedule. Then the
 * same for the two replaced pieces that are functions of their own: decoding
 * HTML character references and placing times in a time zone.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs scripts/import/benchmark.ts [--runs 9] [--baseline <commit>]
 *
 * The previous importers are read from git when the script runs, from
 * `--baseline` or else the newest commit whose `src/import/html.ts` still has
 * its own entity table, into a temporary directory that is removed at the end.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeHTMLStrict } from 'entities';
import * as current from '../../src/import';
import { normaliseDateTime } from '../../src/import/dates';
import { dataFile, readRequired } from '../detection/devData';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const IMPORT_DIR = 'plugins/conference-learnings-node/src/import';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const RUNS = Number(argument('--runs') ?? 9);
const WARM_UP = 3;

type Importers = Pick<
  typeof current,
  | 'parseSchedJson'
  | 'parseSchedIcs'
  | 'parseSchedCsv'
  | 'parseSessionize'
  | 'parseTalkArchive'
>;

/** What the previous implementation exported that the benchmark calls. */
interface Previous {
  importers: Importers;
  decodeHtmlEntities: (text: string) => string;
  normaliseDateTime: typeof normaliseDateTime;
}

/** One timed case: what it reads, and how either implementation does it. */
interface Case<T> {
  name: string;
  files: string[];
  run: (implementation: T, texts: string[]) => unknown;
}

const git = (...args: string[]) =>
  execFileSync('git', ['-C', REPO_ROOT, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

/**
 * The newest commit with the hand-written importers: HEAD until their
 * replacement is committed, then the parent of the commit that replaced them.
 */
function defaultBaseline(): string {
  const html = `${IMPORT_DIR}/html.ts`;
  if (git('show', `HEAD:${html}`).includes('NAMED_ENTITIES')) {
    return 'HEAD';
  }
  const replaced = git(
    'log',
    '-1',
    '--format=%H',
    '-S',
    'NAMED_ENTITIES',
    'HEAD',
    '--',
    html,
  ).trim();
  if (!replaced) {
    throw new Error(`No commit of ${html} has the hand-written entity table`);
  }
  return `${replaced}^`;
}

/**
 * Writes the importers of `revision` to a temporary directory, next to a link
 * to the repository's `node_modules` so that their imports of packages
 * resolve, and loads them.
 */
function loadPrevious(revision: string, dir: string): Previous {
  fs.symlinkSync(
    path.join(REPO_ROOT, 'node_modules'),
    path.join(dir, 'node_modules'),
  );
  const importDir = path.join(dir, 'import');
  fs.mkdirSync(importDir);
  const files = git('ls-tree', '--name-only', revision, `${IMPORT_DIR}/`)
    .split('\n')
    .filter(file => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  for (const file of files) {
    fs.writeFileSync(
      path.join(importDir, path.basename(file)),
      git('show', `${revision}:${file}`),
    );
  }
  // the index also exports what needs more than the importers: load each
  const load = (name: string) => require(path.join(importDir, `${name}.ts`));
  return {
    importers: {
      parseSchedJson: load('parseSchedJson').parseSchedJson,
      parseSchedIcs: load('parseSchedIcs').parseSchedIcs,
      parseSchedCsv: load('parseSchedCsv').parseSchedCsv,
      parseSessionize: load('parseSessionize').parseSessionize,
      parseTalkArchive: load('parseTalkArchive').parseTalkArchive,
    },
    decodeHtmlEntities: load('html').decodeHtmlEntities,
    normaliseDateTime: load('dates').normaliseDateTime,
  };
}

const SCHED_JSON = [
  'kubecon-eu-2026-amsterdam-sched.json',
  'kubecon-eu-2026-colocated-sched.json',
];
const OTHER_FILES = [
  'sample-sched.ics',
  'sample-sched-api-session-list.csv',
  'sample-sessionize.json',
  'cncf-security-talks-2016-2025-with-video.json',
];

/** Each importer on its real files, in the time zone of its conference. */
const IMPORTER_CASES: Array<Case<Importers>> = [
  {
    name: 'Sched JSON (EU 2026, both files)',
    files: SCHED_JSON,
    run: (p, texts) =>
      texts.map(text =>
        p.parseSchedJson(text, { timeZone: 'Europe/Amsterdam' }),
      ),
  },
  {
    name: 'Sched ICS',
    files: ['sample-sched.ics'],
    run: (p, [text]) => p.parseSchedIcs(text, { timeZone: 'Europe/Amsterdam' }),
  },
  {
    name: 'Sched CSV',
    files: ['sample-sched-api-session-list.csv'],
    run: (p, [text]) => p.parseSchedCsv(text, { timeZone: 'America/Detroit' }),
  },
  {
    name: 'Sessionize',
    files: ['sample-sessionize.json'],
    run: (p, [text]) => p.parseSessionize(text, { timeZone: 'Europe/Vienna' }),
  },
  {
    name: 'Talk archive (security)',
    files: ['cncf-security-talks-2016-2025-with-video.json'],
    run: (p, [text]) => p.parseTalkArchive(text),
  },
];

/** Date-times as the real files write them, such as `20260322T070000Z`. */
const DATE_TIME =
  /\d{4}-?\d{2}-?\d{2}[T ]\d{2}:?\d{2}(?::?\d{2})?(?:Z|[+-]\d{2}:?\d{2})?/g;

interface Pieces {
  decode: (text: string) => string;
  normalise: typeof normaliseDateTime;
}

/** The replaced functions, each on all the real files. */
const PIECE_CASES: Array<Case<Pieces>> = [
  {
    name: 'HTML character references',
    files: [...SCHED_JSON, ...OTHER_FILES],
    run: (p, texts) => texts.map(p.decode),
  },
  {
    name: 'time zones (every date-time, in 2 zones)',
    files: [...SCHED_JSON, ...OTHER_FILES],
    run: (p, texts) =>
      texts.flatMap(text =>
        (text.match(DATE_TIME) ?? []).flatMap(value => [
          p.normalise(value, 'Europe/Amsterdam'),
          p.normalise(value, 'America/Los_Angeles'),
        ]),
      ),
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(fn: () => unknown): [number, unknown] {
  const start = process.hrtime.bigint();
  const result = fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

interface Timing {
  name: string;
  kilobytes: number;
  old: number;
  new: number;
  same: boolean;
}

/**
 * Medians of the old and the new implementation of a case; they take turns,
 * the first of them each run alternating, so that both see the same load of
 * the machine. The first runs only warm up.
 */
function measure<T>(testCase: Case<T>, old: T, now: T): Timing {
  const texts = testCase.files.map(file => readRequired(dataFile(file)));
  const times: Record<'old' | 'new', number[]> = { old: [], new: [] };
  const results: Record<'old' | 'new', unknown> = { old: null, new: null };
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const order =
      run % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const);
    for (const which of order) {
      const [ms, result] = time(() =>
        testCase.run(which === 'old' ? old : now, texts),
      );
      if (run >= WARM_UP) times[which].push(ms);
      results[which] = result;
    }
  }
  return {
    name: testCase.name,
    kilobytes: texts.reduce((n, text) => n + Buffer.byteLength(text), 0) / 1024,
    old: median(times.old),
    new: median(times.new),
    same: JSON.stringify(results.old) === JSON.stringify(results.new),
  };
}

function print(title: string, timings: Timing[]) {
  console.log(`\n${title}`);
  console.log(
    `${'case'.padEnd(42)}${'KB'.padStart(7)}${'old ms'.padStart(
      10,
    )}${'new ms'.padStart(10)}${'new/old'.padStart(9)}  same output`,
  );
  for (const t of timings) {
    console.log(
      `${t.name.padEnd(42)}${t.kilobytes.toFixed(0).padStart(7)}${t.old
        .toFixed(2)
        .padStart(10)}${t.new.toFixed(2).padStart(10)}${(t.new / t.old)
        .toFixed(2)
        .padStart(9)}  ${t.same ? 'yes' : 'NO'}`,
    );
  }
}

function main() {
  const baseline = argument('--baseline') ?? defaultBaseline();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-benchmark-'));
  try {
    const previous = loadPrevious(baseline, dir);
    console.log(
      `Importers of ${git(
        'rev-parse',
        '--short',
        baseline,
      ).trim()} (old) and of the working tree (new), medians of ${RUNS} runs`,
    );
    print(
      'Importers',
      IMPORTER_CASES.map(c => measure(c, previous.importers, current)),
    );
    print(
      'Replaced pieces',
      PIECE_CASES.map(c =>
        measure(
          c,
          {
            decode: previous.decodeHtmlEntities,
            normalise: previous.normaliseDateTime,
          },
          { decode: decodeHTMLStrict, normalise: normaliseDateTime },
        ),
      ),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
