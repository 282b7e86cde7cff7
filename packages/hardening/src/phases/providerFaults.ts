import { BackendProcess, sleep } from '../BackendProcess';
import { ScheduleSource, SourceMode } from '../ScheduleSource';
import { SuiteContext } from '../SuiteContext';

const FAULTS: SourceMode[] = ['http500', 'timeout', 'reset', 'half'];
const URL_FIELDS = ['video', 'slides', 'schedule'];

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
  const { report } = ctx;
  const token = await backend.guestToken();
  const talksOfSource = async () => {
    const filter = encodeURIComponent(
      `kind=talk,metadata.annotations.backstage.io/managed-by-origin-location=url:${sourceUrl}`,
    );
    const res = await backend.client.request(
      'GET',
      `/api/catalog/entities/by-query?filter=${filter}&limit=500`,
      { token },
    );
    return (res.body?.items ?? []) as any[];
  };
  const titles = async () =>
    (await talksOfSource()).map(e => e.metadata.title as string).sort();
  const waitForTitles = async (expected: string[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    let seen: string[] = [];
    while (Date.now() < deadline) {
      seen = await titles();
      if (JSON.stringify(seen) === JSON.stringify(expected)) return seen;
      await sleep(500);
    }
    return seen;
  };

  source.talks = [
    { id: 'h1', title: 'Hardening Argo CD' },
    { id: 'h2', title: 'Hardening Flux' },
  ];
  const first = ['Hardening Argo CD', 'Hardening Flux'];
  let seen = await waitForTitles(first, 90_000);
  report.check(
    'faults',
    JSON.stringify(seen) === JSON.stringify(first),
    `the first good schedule is ingested (saw ${JSON.stringify(seen)})`,
  );

  const failuresLogged = () =>
    backend.countLogLines(
      /could not ingest .*keeping the entities ingested last/,
    );
  for (const mode of FAULTS) {
    const logged = failuresLogged();
    source.mode = mode;
    const answered = await source.waitForRequests(2, 30_000);
    await sleep(1500);
    seen = await titles();
    report.check(
      'faults',
      answered && JSON.stringify(seen) === JSON.stringify(first),
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

  source.mode = 'good';
  source.talks.push({ id: 'h3', title: 'Hardening Crossplane' });
  const recovered = [...first, 'Hardening Crossplane'].sort();
  seen = await waitForTitles(recovered, 60_000);
  report.check(
    'faults',
    JSON.stringify(seen) === JSON.stringify(recovered),
    `the next good run after the faults recovers (saw ${JSON.stringify(seen)})`,
  );

  // Hostile but well-formed: text stays text, bad URLs never reach the entity.
  const hostile = [
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
  source.talks.push(...hostile);
  const deadline = Date.now() + 60_000;
  let talks: any[] = [];
  while (Date.now() < deadline) {
    talks = await talksOfSource();
    if (talks.length >= recovered.length + hostile.length) break;
    await sleep(500);
  }
  report.check(
    'hostile input',
    talks.length === recovered.length + hostile.length,
    `live sched provider: talks with HTML titles and bad URLs are ingested as text (${
      talks.length
    } of ${recovered.length + hostile.length})`,
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
