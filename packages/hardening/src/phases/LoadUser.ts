import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { ApiClient, ApiResponse, describeResponse } from '../ApiClient';
import { sleep } from '../BackendProcess';
import { DemoData, refPath, talkPath } from '../SuiteContext';
import { Ledger } from './verifyWrites';

export type Operation =
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
const MIX_TOTAL_WEIGHT = MIX.reduce((sum, [, weight]) => sum + weight, 0);
const SEARCHES = ['argo', 'kubernetes', 'observability', 'security', 'flux'];

/** A seeded generator of numbers in [0, 1), so a run's choices can be replayed. */
function random(seed: number): () => number {
  const generator = xoroshiro128plus(seed);
  return () =>
    unsafeUniformIntDistribution(0, 2 ** 30 - 1, generator) / 2 ** 30;
}

/** An entity and a talk it may be linked to: `[entityRef, talkRef]`. */
export type LinkPair = readonly [string, string];

/** What the users of one run did: every request's latency, and every failure. */
export interface RunResult {
  latencies: Map<Operation, number[]>;
  failures: string[];
  requests: number;
}

/** What all users of one run share. */
export interface LoadRun {
  api: ApiClient;
  token: string;
  demo: DemoData;
  /** Where users note every write the server acknowledged */
  ledger: Ledger;
  /** Starts every learning's body and link's note the users write */
  marker: string;
  /** Each user waits a random 0 to 2 × this many ms between requests */
  thinkMs: number;
  /** When users stop (ms since the epoch) */
  deadline: number;
  result: RunResult;
}

/**
 * One user under load: until the run's deadline, does an operation drawn from
 * the mix, one request at a time, and notes each acknowledged write in the
 * ledger. Its choices come from a generator seeded with its index.
 */
export class LoadUser {
  private readonly next: () => number;
  /** Ids of this user's learnings that are still alive */
  private readonly learnings = new Set<string>();
  /** Numbers the bodies this user writes */
  private sequence = 0;

  /** `pairs`: the entity–talk pairs only this user links and unlinks. */
  constructor(
    private readonly run: LoadRun,
    private readonly index: number,
    private readonly pairs: LinkPair[],
  ) {
    this.next = random(index + 1);
  }

  async work() {
    const { demo, thinkMs, deadline } = this.run;
    while (Date.now() < deadline) {
      const operation = this.chooseOperation();
      const entity = this.pick(demo.componentRefs);
      const talk = this.pick(demo.talkRefs);
      await this.perform(operation, entity, talk);
      if (thinkMs > 0) await sleep(this.next() * 2 * thinkMs);
    }
  }

  /** An operation drawn from the mix, or one this user can do instead. */
  private chooseOperation(): Operation {
    let roll = this.next() * MIX_TOTAL_WEIGHT;
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
      this.learnings.size === 0
    ) {
      return 'create learning';
    }
    if (operation === 'link or unlink' && this.pairs.length === 0) {
      return 'read entity talks';
    }
    return operation;
  }

  private async perform(operation: Operation, entity: string, talk: string) {
    switch (operation) {
      case 'read entity talks':
        return this.read(
          operation,
          `/entities/${refPath(entity)}/talks?limit=20`,
        );
      case 'search talks':
        return this.read(operation, `/talks?q=${this.pick(SEARCHES)}&limit=20`);
      case 'read entity learnings':
        return this.read(
          operation,
          `/learnings?entity=${encodeURIComponent(entity)}&limit=10`,
        );
      case 'read talk learnings':
        return this.read(
          operation,
          `/talks/${talkPath(talk)}/learnings?limit=20`,
        );
      case 'create learning':
        return this.createLearning(talk);
      case 'edit learning':
        return this.editLearning();
      case 'delete learning':
        return this.deleteLearning();
      case 'link or unlink':
        return this.linkOrUnlink();
      default:
        throw new Error(`unknown operation ${operation}`);
    }
  }

  private async read(operation: Operation, path: string) {
    const { api, token } = this.run;
    this.record(operation, await api.api('GET', path, { token }), 200);
  }

  private async createLearning(talk: string) {
    const { api, token, ledger, marker } = this.run;
    const body = `${marker} u${this.index} #${this.sequence++}`;
    const res = await api.api('POST', `/talks/${talkPath(talk)}/learnings`, {
      token,
      body: { body },
    });
    if (this.record('create learning', res, 201)) {
      ledger.learnings.set(res.body.id, { talkRef: talk, body });
      this.learnings.add(res.body.id);
    }
  }

  private async editLearning() {
    const { api, token, ledger, marker } = this.run;
    const id = this.pick([...this.learnings]);
    const body = `${marker} u${this.index} #${this.sequence++} (edited)`;
    const res = await api.api('PATCH', `/learnings/${id}`, {
      token,
      body: { body },
    });
    if (this.record('edit learning', res, 200)) {
      ledger.learnings.get(id)!.body = body;
    }
  }

  private async deleteLearning() {
    const { api, token, ledger } = this.run;
    const id = this.pick([...this.learnings]);
    const res = await api.api('DELETE', `/learnings/${id}`, { token });
    if (this.record('delete learning', res, 204)) {
      ledger.deletedLearnings.set(id, ledger.learnings.get(id)!.talkRef);
      ledger.learnings.delete(id);
      this.learnings.delete(id);
    }
  }

  /** Unlinks one of this user's pairs if it is linked, else links it. */
  private async linkOrUnlink() {
    const { api, token, ledger, marker } = this.run;
    const [entity, talk] = this.pick(this.pairs);
    const key = `${entity} ${talk}`;
    if (ledger.links.get(key)) {
      const res = await api.api(
        'DELETE',
        `/entities/${refPath(entity)}/links/${talkPath(talk)}`,
        { token },
      );
      if (this.record('link or unlink', res, 204)) ledger.links.set(key, false);
    } else {
      const res = await api.api('POST', `/entities/${refPath(entity)}/links`, {
        token,
        body: { talkRef: talk, note: `${marker} u${this.index}` },
      });
      if (this.record('link or unlink', res, 201)) ledger.links.set(key, true);
    }
  }

  /** Counts the request and its latency; a failure unless it answered `expected`. */
  private record(
    operation: Operation,
    res: ApiResponse,
    expected: number,
  ): boolean {
    const { result } = this.run;
    result.requests += 1;
    const list = result.latencies.get(operation) ?? [];
    list.push(res.ms);
    result.latencies.set(operation, list);
    if (res.status !== expected) {
      result.failures.push(
        `user ${
          this.index
        } ${operation}: expected HTTP ${expected}, got ${describeResponse(
          res,
        )}`,
      );
      return false;
    }
    return true;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}
