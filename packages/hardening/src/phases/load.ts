import { ApiResponse, describeResponse } from '../ApiClient';
import { BackendProcess } from '../BackendProcess';
import { DemoData, refPath, SuiteContext, talkPath } from '../SuiteContext';
import { quantileSorted } from 'simple-statistics';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { takeSnapshot } from './snapshot';
import { Ledger, verify } from './verifyWrites';

export interface LoadOptions {
  /** Concurrent users, each with one request in flight at a time */
  users: number;
  seconds: number;
  /** Each user waits a random 0 to 2 × this many ms between requests */
  thinkMs: number;
}

type Operation =
  | 'read entity talks'
  | 'search talks'
  | 'read entity learnings'
  | 'read talk learnings'
  | 'create learning'
  | 'edit learning'
  | 'delete learning'
  | 'link or unlink';

/** The mix of what users do, by weight: mostly reading tabs, some writing. */
const MIX: [Operation, number][] = [
  ['read entity talks', 35],
  ['search talks', 15],
  ['read entity learnings', 10],
  ['read talk learnings', 10],
  ['create learning', 15],
  ['edit learning', 5],
  ['delete learning', 3],
  ['link or unlink', 7],
];
const SEARCHES = ['argo', 'kubernetes', 'observability', 'security', 'flux'];

/** A seeded generator of numbers in [0, 1), so a run's choices can be replayed. */
function random(seed: number): () => number {
  const generator = xoroshiro128plus(seed);
  return () =>
    unsafeUniformIntDistribution(0, 2 ** 30 - 1, generator) / 2 ** 30;
}

/** The p-th percentile (0–100) of sorted values, by nearest rank. */
function percentile(sorted: number[], p: number): number {
  return sorted.length ? quantileSorted(sorted, p / 100) : NaN;
}

interface Run {
  latencies: Map<Operation, number[]>;
  failures: string[];
  requests: number;
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
): Promise<Run> {
  const api = backend.client;
  const { ledger, marker } = options;
  const result: Run = { latencies: new Map(), failures: [], requests: 0 };
  const deadline = Date.now() + options.seconds * 1000;
  const pairs = demo.componentRefs
    .flatMap(entity => demo.talkRefs.map(talk => [entity, talk] as const))
    .filter(([entity, talk]) => !options.linkedBefore.has(`${entity} ${talk}`));
  const total = MIX.reduce((sum, [, weight]) => sum + weight, 0);

  const user = async (index: number) => {
    const next = random(index + 1);
    const pick = <T>(items: readonly T[]) =>
      items[Math.floor(next() * items.length)];
    const myPairs = pairs.filter((_, i) => i % options.users === index);
    const mine = new Set<string>(); // my learning ids still alive
    let sequence = 0;

    const record = (
      operation: Operation,
      res: ApiResponse,
      expected: number,
    ): boolean => {
      result.requests += 1;
      const list = result.latencies.get(operation) ?? [];
      list.push(res.ms);
      result.latencies.set(operation, list);
      if (res.status !== expected) {
        result.failures.push(
          `user ${index} ${operation}: expected HTTP ${expected}, got ${describeResponse(
            res,
          )}`,
        );
        return false;
      }
      return true;
    };

    while (Date.now() < deadline) {
      let roll = next() * total;
      let operation = MIX[0][0];
      for (const [candidate, weight] of MIX) {
        roll -= weight;
        if (roll < 0) {
          operation = candidate;
          break;
        }
      }
      if (
        (operation === 'edit learning' || operation === 'delete learning') &&
        mine.size === 0
      ) {
        operation = 'create learning';
      }
      if (operation === 'link or unlink' && myPairs.length === 0) {
        operation = 'read entity talks';
      }
      const entity = pick(demo.componentRefs);
      const talk = pick(demo.talkRefs);
      switch (operation) {
        case 'read entity talks':
          record(
            operation,
            await api.api(
              'GET',
              `/entities/${refPath(entity)}/talks?limit=20`,
              { token },
            ),
            200,
          );
          break;
        case 'search talks':
          record(
            operation,
            await api.api('GET', `/talks?q=${pick(SEARCHES)}&limit=20`, {
              token,
            }),
            200,
          );
          break;
        case 'read entity learnings':
          record(
            operation,
            await api.api(
              'GET',
              `/learnings?entity=${encodeURIComponent(entity)}&limit=10`,
              { token },
            ),
            200,
          );
          break;
        case 'read talk learnings':
          record(
            operation,
            await api.api(
              'GET',
              `/talks/${talkPath(talk)}/learnings?limit=20`,
              { token },
            ),
            200,
          );
          break;
        case 'create learning': {
          const body = `${marker} u${index} #${sequence++}`;
          const res = await api.api(
            'POST',
            `/talks/${talkPath(talk)}/learnings`,
            { token, body: { body } },
          );
          if (record(operation, res, 201)) {
            ledger.learnings.set(res.body.id, { talkRef: talk, body });
            mine.add(res.body.id);
          }
          break;
        }
        case 'edit learning': {
          const id = pick([...mine]);
          const body = `${marker} u${index} #${sequence++} (edited)`;
          const res = await api.api('PATCH', `/learnings/${id}`, {
            token,
            body: { body },
          });
          if (record(operation, res, 200)) {
            ledger.learnings.get(id)!.body = body;
          }
          break;
        }
        case 'delete learning': {
          const id = pick([...mine]);
          const res = await api.api('DELETE', `/learnings/${id}`, { token });
          if (record(operation, res, 204)) {
            ledger.deletedLearnings.set(id, ledger.learnings.get(id)!.talkRef);
            ledger.learnings.delete(id);
            mine.delete(id);
          }
          break;
        }
        case 'link or unlink': {
          const [linkEntity, linkTalk] = pick(myPairs);
          const key = `${linkEntity} ${linkTalk}`;
          if (ledger.links.get(key)) {
            const res = await api.api(
              'DELETE',
              `/entities/${refPath(linkEntity)}/links/${talkPath(linkTalk)}`,
              { token },
            );
            if (record(operation, res, 204)) ledger.links.set(key, false);
          } else {
            const res = await api.api(
              'POST',
              `/entities/${refPath(linkEntity)}/links`,
              {
                token,
                body: { talkRef: linkTalk, note: `${marker} u${index}` },
              },
            );
            if (record(operation, res, 201)) ledger.links.set(key, true);
          }
          break;
        }
        default:
          throw new Error(`unknown operation ${operation}`);
      }
      if (options.thinkMs > 0) {
        await new Promise(r => setTimeout(r, next() * 2 * options.thinkMs));
      }
    }
  };

  await Promise.all(Array.from({ length: options.users }, (_, i) => user(i)));
  return result;
}
