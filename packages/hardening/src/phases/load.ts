import { BackendProcess } from '../BackendProcess';
import { DemoData, SuiteContext } from '../SuiteContext';
import { quantileSorted } from 'simple-statistics';
import { LoadRun, LoadUser, RunResult } from './LoadUser';
import { takeSnapshot } from './snapshot';
import { Ledger, verify } from './verifyWrites';

export interface LoadOptions {
  /** Concurrent users, each with one request in flight at a time */
  users: number;
  seconds: number;
  /** Each user waits a random 0 to 2 × this many ms between requests */
  thinkMs: number;
}

/** The p-th percentile (0–100) of sorted values (simple-statistics quantileSorted). */
function percentile(sorted: number[], p: number): number {
  return sorted.length ? quantileSorted(sorted, p / 100) : NaN;
}

/**
 * 200 users read entity tabs and write links and learnings against the started
 * backend for 60 s (bounded: each stops at the deadline). Every response must
 * be the expected success; afterwards, everything acknowledged is there exactly
 * once, and nothing deleted came back. A one-user run first gives the baseline.
 */
export async function loadPhase(
  ctx: SuiteContext,
  backend: BackendProcess,
  demo: DemoData,
  options: LoadOptions,
) {
  const { report } = ctx;
  const token = await backend.guestToken();
  const runId = Date.now().toString(36);

  ctx.log('load: baseline, 1 user for 5 s');
  const baseline = await run(backend, token, demo, {
    linkedBefore: new Set(),
    users: 1,
    seconds: 5,
    thinkMs: 0,
    marker: `load ${runId}-baseline`,
    ledger: new Ledger(),
  });
  // Users link and unlink only pairs that no one linked before the run.
  const linkedBefore = new Set(
    (await takeSnapshot(backend, demo)).links.keys(),
  );
  ctx.log(`load: ${options.users} users for ${options.seconds} s`);
  const ledger = new Ledger();
  const started = Date.now();
  const main = await run(backend, token, demo, {
    ...options,
    linkedBefore,
    marker: `load ${runId}`,
    ledger,
  });
  const elapsed = (Date.now() - started) / 1000;

  report.passed('load', main.requests - main.failures.length);
  for (const failure of main.failures) report.check('load', false, failure);

  await verify(ctx, backend, token, ledger, `load ${runId} `);

  const all = [...main.latencies.values()].flat().sort((a, b) => a - b);
  const base = [...baseline.latencies.values()].flat().sort((a, b) => a - b);
  Object.assign(report.metrics, {
    loadUsers: options.users,
    loadSeconds: Math.round(elapsed),
    loadRequests: main.requests,
    loadErrors: main.failures.length,
    loadRequestsPerSecond: Math.round(main.requests / elapsed),
    loadP50Ms: Math.round(percentile(all, 50)),
    loadP95Ms: Math.round(percentile(all, 95)),
    loadP99Ms: Math.round(percentile(all, 99)),
    baselineP95Ms: Math.round(percentile(base, 95)),
    loadWritesAcknowledged:
      ledger.learnings.size + ledger.deletedLearnings.size + ledger.links.size,
  });
  ctx.log(
    `load: ${main.requests} requests in ${elapsed.toFixed(1)} s (${
      report.metrics.loadRequestsPerSecond
    }/s), ` +
      `${main.failures.length} errors; p50 ${report.metrics.loadP50Ms} ms, p95 ${report.metrics.loadP95Ms} ms, ` +
      `p99 ${report.metrics.loadP99Ms} ms; one user alone: p95 ${report.metrics.baselineP95Ms} ms`,
  );
  for (const [operation, values] of main.latencies) {
    const sorted = [...values].sort((a, b) => a - b);
    ctx.log(
      `  ${operation.padEnd(22)} ${String(sorted.length).padStart(
        6,
      )} requests, p95 ${Math.round(percentile(sorted, 95))} ms`,
    );
  }
}

/** Users at work until the deadline, each linking its own share of the unlinked pairs. */
async function run(
  backend: BackendProcess,
  token: string,
  demo: DemoData,
  options: LoadOptions & {
    marker: string;
    ledger: Ledger;
    /** `${entityRef} ${talkRef}` of links that exist already */
    linkedBefore: Set<string>;
  },
): Promise<RunResult> {
  const shared: LoadRun = {
    api: backend.client,
    token,
    demo,
    ledger: options.ledger,
    marker: options.marker,
    thinkMs: options.thinkMs,
    deadline: Date.now() + options.seconds * 1000,
    result: { latencies: new Map(), failures: [], requests: 0 },
  };
  const pairs = demo.componentRefs
    .flatMap(entity => demo.talkRefs.map(talk => [entity, talk] as const))
    .filter(([entity, talk]) => !options.linkedBefore.has(`${entity} ${talk}`));
  const users = Array.from(
    { length: options.users },
    (_, index) =>
      new LoadUser(
        shared,
        index,
        pairs.filter((_pair, i) => i % options.users === index),
      ),
  );
  await Promise.all(users.map(user => user.work()));
  return shared.result;
}
