import { describeResponse, isBackstageError } from '../ApiClient';
import { BackendProcess, sleep } from '../BackendProcess';
import { PostgresCluster } from '../PostgresCluster';
import { ScheduleSource } from '../ScheduleSource';
import { DemoData, refPath, SuiteContext, talkPath } from '../SuiteContext';
import { compareSnapshots, takeSnapshot } from './snapshot';

/** How often both backends' `sched` provider is scheduled, in seconds. */
export const SHARED_PROVIDER_FREQUENCY_SECONDS = 10;
/** How long the provider's runs across both backends are watched, in ms. */
const PROVIDER_WINDOW_MS = 45_000;

/**
 * Two backends on one PostgreSQL: the provider runs once per interval across
 * both (the scheduler's lock), and what one writes the other serves; a user may
 * not change another's learning through either. Both backends have their own
 * guest: `first` signs in the demo's guest, `second` another user.
 */
export async function twoBackendsPhase(
  ctx: SuiteContext,
  backends: { first: BackendProcess; second: BackendProcess },
  demo: DemoData,
  source: ScheduleSource,
) {
  const windowStart = Date.now();

  // While the window runs: writes through one backend, reads through the other.
  const setup: TwoBackends = {
    ...backends,
    guest: await backends.first.guestToken(),
    visitor: await backends.second.guestToken(),
    talk: demo.talkRefs[1],
    entity: demo.componentRefs[1],
  };
  const learningId = await writeThroughEach(ctx, setup);
  await readThroughTheOther(ctx, setup, learningId);
  await onlyItsAuthorChangesALearning(ctx, setup, learningId);

  await providerRunsOncePerInterval(ctx, source, windowStart);
}

/** The two backends, their users' tokens, and the talk and entity written to. */
interface TwoBackends {
  first: BackendProcess;
  second: BackendProcess;
  /** The demo's guest, signed in by the first backend */
  guest: string;
  /** Another user, signed in by the second backend */
  visitor: string;
  talk: string;
  entity: string;
}

/**
 * The guest writes a learning through the first backend, and the visitor a
 * link through the second. Returns the learning's id.
 */
async function writeThroughEach(
  { report }: SuiteContext,
  { first, second, guest, visitor, talk, entity }: TwoBackends,
): Promise<string> {
  const learning = await first.client.api(
    'POST',
    `/talks/${talkPath(talk)}/learnings`,
    {
      token: guest,
      body: { body: 'Written through the first backend' },
    },
  );
  report.check(
    'two backends',
    learning.status === 201,
    `write through the first backend: ${describeResponse(learning)}`,
  );
  const link = await second.client.api(
    'POST',
    `/entities/${refPath(entity)}/links`,
    {
      token: visitor,
      body: { talkRef: talk, note: 'Linked through the second backend' },
    },
  );
  report.check(
    'two backends',
    link.status === 201,
    `link through the second backend: ${describeResponse(link)}`,
  );
  return learning.body.id;
}

/** Each backend serves what was written through the other, and both count alike. */
async function readThroughTheOther(
  { report }: SuiteContext,
  { first, second, guest, visitor, talk, entity }: TwoBackends,
  learningId: string,
) {
  const readLearning = await second.client.api(
    'GET',
    `/talks/${talkPath(talk)}/learnings?limit=100`,
    { token: visitor },
  );
  report.check(
    'two backends',
    readLearning.body?.items?.some(
      (l: any) => l.id === learningId && l.createdBy === 'user:default/guest',
    ),
    'the second backend serves the learning written through the first, with its author',
  );
  const readLink = await first.client.api(
    'GET',
    `/entities/${refPath(entity)}/talks?limit=100`,
    { token: guest },
  );
  report.check(
    'two backends',
    readLink.body?.items?.some(
      (i: any) =>
        i.link?.note === 'Linked through the second backend' &&
        i.link.createdBy === 'user:default/visitor',
    ),
    'the first backend serves the link made through the second, with who made it',
  );
  const counts = await Promise.all(
    [first, second].map(b =>
      b.client.api(
        'GET',
        `/learnings/counts?talk=${encodeURIComponent(talk)}`,
        { token: guest },
      ),
    ),
  );
  report.check(
    'two backends',
    counts[0].status === 200 &&
      JSON.stringify(counts[0].body) === JSON.stringify(counts[1].body),
    `both backends count the same learnings: ${JSON.stringify(
      counts.map(c => c.body),
    )}`,
  );
}

/**
 * Another user may not change the guest's learning, through either backend;
 * its author may edit it through the other backend.
 */
async function onlyItsAuthorChangesALearning(
  { report }: SuiteContext,
  { first, second, guest, visitor, talk }: TwoBackends,
  learningId: string,
) {
  for (const [name, backend] of [
    ['first', first],
    ['second', second],
  ] as const) {
    for (const method of ['PATCH', 'DELETE'] as const) {
      const res = await backend.client.api(method, `/learnings/${learningId}`, {
        token: visitor,
        body: method === 'PATCH' ? { body: 'Taken over' } : undefined,
      });
      report.check(
        'auth',
        res.status === 403 && isBackstageError(res),
        `another user's ${method} of the guest's learning through the ${name} backend → 403, got ${describeResponse(
          res,
        )}`,
      );
    }
  }
  const unchanged = await first.client.api(
    'GET',
    `/talks/${talkPath(talk)}/learnings?limit=100`,
    { token: guest },
  );
  report.check(
    'auth',
    unchanged.body?.items?.some(
      (l: any) =>
        l.id === learningId && l.body === 'Written through the first backend',
    ),
    "the guest's learning is unchanged after the refused attempts",
  );
  const own = await second.client.api('PATCH', `/learnings/${learningId}`, {
    token: guest,
    body: { body: 'Edited by its author through the second backend' },
  });
  report.check(
    'two backends',
    own.status === 200,
    `its author may edit it through the other backend: ${describeResponse(
      own,
    )}`,
  );
}

/**
 * Waits out the window that began at `windowStart`, then checks the shared
 * provider's runs over it: never two within one interval.
 */
async function providerRunsOncePerInterval(
  ctx: SuiteContext,
  source: ScheduleSource,
  windowStart: number,
) {
  const { report } = ctx;
  const remaining = PROVIDER_WINDOW_MS - (Date.now() - windowStart);
  if (remaining > 0) await sleep(remaining);
  const runs = source.requests.filter(r => r.at >= windowStart).map(r => r.at);
  const gaps = runs.slice(1).map((at, i) => at - runs[i]);
  const interval = SHARED_PROVIDER_FREQUENCY_SECONDS * 1000;
  report.check(
    'two backends',
    runs.length >= 2 &&
      runs.length <= Math.ceil(PROVIDER_WINDOW_MS / interval) + 1,
    `the shared provider ran ${runs.length} times in ${
      PROVIDER_WINDOW_MS / 1000
    } s at a ${interval / 1000} s interval, across two backends`,
  );
  report.check(
    'two backends',
    gaps.every(gap => gap >= interval * 0.9),
    `no two provider runs within one interval (gaps ${gaps
      .map(g => (g / 1000).toFixed(1))
      .join(', ')} s)`,
  );
  ctx.log(
    `two backends: provider runs ${gaps
      .map(g => (g / 1000).toFixed(1))
      .join(' s, ')} s apart`,
  );
}

/**
 * PostgreSQL restarts under the running backends: meanwhile requests fail
 * cleanly (an error response, quickly, and the backend stays up); afterwards
 * they succeed again and no data is lost.
 */
export async function postgresRestartPhase(
  ctx: SuiteContext,
  cluster: PostgresCluster,
  backend: BackendProcess,
  demo: DemoData,
) {
  const { report } = ctx;
  const token = await backend.guestToken();
  const before = await takeSnapshot(backend, demo);
  const talk = demo.talkRefs[2];

  cluster.stop();
  const downtime = Date.now();
  const attempted: string[] = [];
  const answers = new Map<number, number>(); // status → how many
  for (let i = 0; i < 5; i++) {
    const body = `Written while PostgreSQL is down #${i}`;
    attempted.push(body);
    const requests = [
      backend.client.api('POST', `/talks/${talkPath(talk)}/learnings`, {
        token,
        body: { body },
        timeoutMs: 30_000,
      }),
      backend.client.api('GET', `/learnings?limit=5`, {
        token,
        timeoutMs: 30_000,
      }),
      backend.client.api(
        'GET',
        `/entities/${refPath(demo.componentRefs[0])}/talks?limit=5`,
        { token, timeoutMs: 30_000 },
      ),
    ];
    for (const res of await Promise.all(requests)) {
      answers.set(res.status, (answers.get(res.status) ?? 0) + 1);
      report.check(
        'faults',
        (res.status === 200 || (res.status >= 500 && isBackstageError(res))) &&
          res.ms < 30_000,
        `PostgreSQL down: a request answers quickly with a result or a clean error, got ${describeResponse(
          res,
        )} after ${Math.round(res.ms)} ms`,
      );
    }
  }
  report.check(
    'faults',
    backend.running,
    'PostgreSQL down: the backend process stays up',
  );
  await sleep(Math.max(0, 3000 - (Date.now() - downtime)));
  cluster.start();

  const deadline = Date.now() + 60_000;
  let recovered = false;
  let last = '';
  while (Date.now() < deadline && !recovered) {
    const res = await backend.client.api(
      'POST',
      `/talks/${talkPath(talk)}/learnings`,
      {
        token,
        body: { body: 'Written after PostgreSQL came back' },
      },
    );
    recovered = res.status === 201;
    last = describeResponse(res);
    if (!recovered) await sleep(500);
  }
  report.check(
    'faults',
    recovered,
    `PostgreSQL back: writes succeed again within 60 s (last: ${last})`,
  );
  ctx.log(
    `PostgreSQL down: answers ${[...answers]
      .map(([status, n]) => `${n}× HTTP ${status}`)
      .join(', ')}; ` +
      `writes succeed again ${((Date.now() - downtime) / 1000).toFixed(
        1,
      )} s after the stop`,
  );

  const after = await takeSnapshot(backend, demo);
  const lost = compareSnapshots(before, after).filter(
    d => !d.endsWith('appeared'),
  );
  report.passed(
    'faults',
    Math.max(0, before.learnings.size + before.links.size - lost.length),
  );
  for (const difference of lost)
    report.check(
      'faults',
      false,
      `after the PostgreSQL restart: ${difference}`,
    );
  const ghosts = [...after.learnings.values()].filter(v =>
    attempted.some(body => v.includes(body)),
  );
  report.check(
    'faults',
    ghosts.length === 0,
    `no write refused during the outage appears afterwards (${ghosts.length} did)`,
  );
}
