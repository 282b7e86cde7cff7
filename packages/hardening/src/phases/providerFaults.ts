import { BackendProcess, sleep } from '../BackendProcess';
import { ScheduledTalk, ScheduleSource, SourceMode } from '../ScheduleSource';
import { SuiteContext } from '../SuiteContext';

const FAULTS: SourceMode[] = ['http500', 'timeout', 'reset', 'half'];
const URL_FIELDS = ['video', 'slides', 'schedule'];

/** Talks with HTML in their titles and URLs no page may link to. */
const HOSTILE_TALKS: ScheduledTalk[] = [
  {
    id: 'x1',
    title: '<script>window.__pwned=1</script>Hostile script',
    // eslint-disable-next-line no-script-url -- the hostile payload under test
    url: 'javascript:alert(1)',
    slides: 'data:text/html,<script>alert(1)</script>',
  },
  {
    id: 'x2',
    title: 'Hostile <img src=x onerror=alert(1)> image',
    url: '/relative/evil',
    slides: '//evil.example/slides.pdf',
  },
  {
    id: 'x3',
    title: 'Hostile &lt;b&gt;entities&lt;/b&gt; and "quotes"',
    url: 'vbscript:msgbox(1)',
    slides: 'file:///etc/passwd',
  },
];

/** The backend whose `sched` provider reads `source`, and a token to read its catalog. */
interface ProviderUnderTest {
  backend: BackendProcess;
  token: string;
  source: ScheduleSource;
  sourceUrl: string;
}

/**
 * A `sched` provider of the started backend reads a schedule that fails in every
 * way a source fails: the talks ingested before stay, and the next good run
 * recovers. Then the schedule turns hostile (HTML titles, `javascript:`, `data:`
 * and relative URLs): talks are ingested as text and no bad URL gets through.
 */
export async function providerFaultsPhase(
  ctx: SuiteContext,
  backend: BackendProcess,
  source: ScheduleSource,
  sourceUrl: string,
) {
  const provider: ProviderUnderTest = {
    backend,
    token: await backend.guestToken(),
    source,
    sourceUrl,
  };
  const first = await ingestFirstSchedule(ctx, provider);
  await keepTalksThroughFaults(ctx, provider, first);
  const recovered = await recoverAfterFaults(ctx, provider, first);
  await ingestHostileSchedule(ctx, provider, recovered.length);
}

/** The catalog's talks that came from the source. */
async function talksOfSource({
  backend,
  token,
  sourceUrl,
}: ProviderUnderTest): Promise<any[]> {
  const filter = encodeURIComponent(
    `kind=talk,metadata.annotations.backstage.io/managed-by-origin-location=url:${sourceUrl}`,
  );
  const res = await backend.client.request(
    'GET',
    `/api/catalog/entities/by-query?filter=${filter}&limit=500`,
    { token },
  );
  return (res.body?.items ?? []) as any[];
}

/** The sorted titles of the catalog's talks from the source. */
async function titlesOfSource(provider: ProviderUnderTest): Promise<string[]> {
  return (await talksOfSource(provider))
    .map(e => e.metadata.title as string)
    .sort();
}

/** Polls the titles until they are `expected` or the time is up; returns the last seen. */
async function waitForTitles(
  provider: ProviderUnderTest,
  expected: string[],
  timeoutMs: number,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await titlesOfSource(provider);
    if (sameTitles(seen, expected)) return seen;
    await sleep(500);
  }
  return seen;
}

function sameTitles(a: string[], b: string[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Serves a good schedule of two talks and checks they arrive; returns their titles. */
async function ingestFirstSchedule(
  { report }: SuiteContext,
  provider: ProviderUnderTest,
): Promise<string[]> {
  provider.source.talks = [
    { id: 'h1', title: 'Hardening Argo CD' },
    { id: 'h2', title: 'Hardening Flux' },
  ];
  const first = ['Hardening Argo CD', 'Hardening Flux'];
  const seen = await waitForTitles(provider, first, 90_000);
  report.check(
    'faults',
    sameTitles(seen, first),
    `the first good schedule is ingested (saw ${JSON.stringify(seen)})`,
  );
  return first;
}

/**
 * The source fails in each way in turn: the talks ingested before (`first`)
 * stay, and the provider logs that it keeps them.
 */
async function keepTalksThroughFaults(
  { report }: SuiteContext,
  provider: ProviderUnderTest,
  first: string[],
) {
  const { backend, source } = provider;
  const failuresLogged = () =>
    backend.countLogLines(
      /could not ingest .*keeping the entities ingested last/,
    );
  for (const mode of FAULTS) {
    const logged = failuresLogged();
    source.mode = mode;
    const answered = await source.waitForRequests(2, 30_000);
    await sleep(1500);
    const seen = await titlesOfSource(provider);
    report.check(
      'faults',
      answered && sameTitles(seen, first),
      `source ${mode}: the talks ingested before stay (saw ${JSON.stringify(
        seen,
      )}, runs ${answered ? 'ran' : 'did not run'})`,
    );
    report.check(
      'faults',
      failuresLogged() > logged,
      `source ${mode}: the provider logs that it keeps the last entities`,
    );
  }
}

/** A good schedule with a new talk after the faults: it arrives. Returns the titles now expected. */
async function recoverAfterFaults(
  { report }: SuiteContext,
  provider: ProviderUnderTest,
  first: string[],
): Promise<string[]> {
  const { source } = provider;
  source.mode = 'good';
  source.talks.push({ id: 'h3', title: 'Hardening Crossplane' });
  const recovered = [...first, 'Hardening Crossplane'].sort();
  const seen = await waitForTitles(provider, recovered, 60_000);
  report.check(
    'faults',
    sameTitles(seen, recovered),
    `the next good run after the faults recovers (saw ${JSON.stringify(seen)})`,
  );
  return recovered;
}

/**
 * Hostile but well-formed talks join the `plainCount` plain ones: text stays
 * text, bad URLs never reach the entity. Leaves the plain schedule behind.
 */
async function ingestHostileSchedule(
  { report }: SuiteContext,
  provider: ProviderUnderTest,
  plainCount: number,
) {
  const { source } = provider;
  const expectedCount = plainCount + HOSTILE_TALKS.length;
  source.talks.push(...HOSTILE_TALKS);
  const deadline = Date.now() + 60_000;
  let talks: any[] = [];
  while (Date.now() < deadline) {
    talks = await talksOfSource(provider);
    if (talks.length >= expectedCount) break;
    await sleep(500);
  }
  report.check(
    'hostile input',
    talks.length === expectedCount,
    `live sched provider: talks with HTML titles and bad URLs are ingested as text (${talks.length} of ${expectedCount})`,
  );
  for (const talk of talks) {
    for (const field of URL_FIELDS) {
      const value = talk.spec?.[field];
      report.check(
        'hostile input',
        value === undefined || /^https?:\/\/[^/]/.test(value),
        `live sched provider: ${talk.metadata.name} spec.${field} is absent or http(s), got ${value}`,
      );
    }
    report.check(
      'hostile input',
      typeof talk.metadata.title === 'string' && talk.metadata.title.length > 0,
      `live sched provider: ${talk.metadata.name} keeps a title`,
    );
  }
  // Leave a plain schedule behind, so later phases see ordinary talks.
  source.talks = source.talks.filter(t => !t.id.startsWith('x'));
}
