import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { findEntityProblems } from '@conference-learnings/plugin-conference-learnings-common';
import {
  createTempDir,
  landscapeFile,
  removeTempDirs,
  runCli,
  sharedDataFile,
  writeTempFile,
} from '../__testUtils__/cli';

type Entity = Parameters<typeof findEntityProblems>[0];

afterAll(removeTempDirs);

/** The documents of a YAML stream as entities, failing on any YAML error. */
function entitiesOf(yaml: string): Entity[] {
  const docs = parseAllDocuments(yaml);
  for (const doc of docs) {
    expect(doc.errors).toEqual([]);
  }
  return docs.map(doc => doc.toJS() as Entity);
}

describe('import', () => {
  it.each([
    ['sched-json', 'kubecon-eu-2026-amsterdam-sched.json', 606],
    ['sched-ics', 'sample-sched.ics', 596],
    ['sched-csv', 'sample-sched-api-session-list.csv', 355],
    ['sessionize', 'sample-sessionize.json', 24],
  ])(
    '--from %s imports %s: one Conference and %i valid Talks',
    async (from, file, talks) => {
      const output = path.join(createTempDir(), 'catalog.yaml');
      const run = await runCli([
        'import',
        '--from',
        from,
        sharedDataFile(file),
        '--conference',
        'conf-2026',
        '-o',
        output,
      ]);
      expect(run.stderr).toContain(`${talks} talks`);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toBe('');

      const yaml = fs.readFileSync(output, 'utf8');
      expect(yaml.match(/^---$/gm)).toHaveLength(talks + 1);
      const entities = entitiesOf(yaml);
      expect(entities).toHaveLength(talks + 1);
      expect(entities[0]).toMatchObject({
        kind: 'Conference',
        metadata: { name: 'conf-2026' },
      });
      expect(entities.filter(e => e.kind === 'Talk')).toHaveLength(talks);
      expect(entities.flatMap(findEntityProblems)).toEqual([]);
      expect(new Set(entities.slice(1).map(e => e.spec?.conference))).toEqual(
        new Set(['conference:default/conf-2026']),
      );
      expect(new Set(entities.map(e => e.metadata.name)).size).toBe(talks + 1);

      const validated = await runCli(['validate', output]);
      expect(validated.stdout).toBe('');
      expect(validated.exitCode).toBe(0);
    },
  );

  it('writes to stdout without -o, applying --title, --namespace and --time-zone', async () => {
    const run = await runCli([
      'import',
      '--from',
      'sessionize',
      sharedDataFile('sample-sessionize.json'),
      '--conference',
      'global-azure',
      '--title',
      'Global Azure',
      '--namespace',
      'events',
      '--time-zone',
      'Europe/Vienna',
    ]);
    expect(run.exitCode).toBe(0);
    const [conference, ...talks] = entitiesOf(run.stdout);
    expect(conference.metadata).toMatchObject({
      name: 'global-azure',
      namespace: 'events',
      title: 'Global Azure',
    });
    expect(talks).toHaveLength(24);
    for (const talk of talks) {
      expect(talk.metadata.namespace).toBe('events');
      expect(talk.spec?.conference).toBe('conference:events/global-azure');
      expect(talk.spec?.startsAt).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/,
      );
      expect(talk.spec?.technologies).toBeUndefined();
    }
  });

  it('reads JSON that starts with a UTF-8 byte order mark, as Windows editors save it', async () => {
    const source = sharedDataFile('sample-sched-api-session-export.json');
    const withBom = writeTempFile(
      'sched-with-bom.json',
      `\ufeff${fs.readFileSync(source, 'utf8')}`,
    );
    const args = ['--from', 'sched-json', '--conference', 'conf-2026'];
    const plain = await runCli(['import', ...args, source]);
    const run = await runCli(['import', ...args, withBom]);
    expect(run.stderr).not.toContain('error');
    expect(run.exitCode).toBe(0);
    const entities = entitiesOf(run.stdout);
    expect(entities.length).toBeGreaterThan(1);
    expect(entities).toEqual(entitiesOf(plain.stdout));
  });

  it('--tag writes the detected technologies into spec.technologies', async () => {
    const run = await runCli([
      'import',
      '--from',
      'sched-json',
      sharedDataFile('kubecon-eu-2026-amsterdam-sched.json'),
      '--conference',
      'kubecon-eu-2026',
      '--tag',
      '--landscape',
      landscapeFile(),
    ]);
    expect(run.exitCode).toBe(0);
    const entities = entitiesOf(run.stdout);
    const hydrator = entities.find(
      e =>
        e.metadata.name ===
        'kubecon-eu-2026-project-lightning-talk-argo-cd-source-hydrator',
    );
    expect(hydrator?.metadata.title).toMatch(/Argo CD Source Hydrator/);
    expect(hydrator?.spec?.technologies).toContain('technology:default/argo');

    const tagged = entities.filter(e => e.spec?.technologies);
    expect(tagged.length).toBeGreaterThan(300);
    for (const entity of tagged) {
      const refs = entity.spec?.technologies as string[];
      expect(new Set(refs).size).toBe(refs.length);
      for (const ref of refs) {
        expect(ref).toMatch(/^technology:default\/[a-z0-9-]+$/);
      }
    }
    expect(entities.flatMap(findEntityProblems)).toEqual([]);
  });

  it('fetches http(s) URLs with the injected fetch', async () => {
    const text = fs.readFileSync(
      sharedDataFile('sample-sessionize.json'),
      'utf8',
    );
    const requested: string[] = [];
    const run = await runCli(
      [
        'import',
        '--from',
        'sessionize',
        'https://sessionize.com/api/v2/abc/view/All?token=k3y-9f2e',
        '--conference',
        'gab-2022',
      ],
      {
        fetch: async input => {
          requested.push(String(input));
          return new Response(text, { status: 200 });
        },
      },
    );
    expect(run.stderr).toContain('24 talks');
    expect(run.exitCode).toBe(0);
    expect(requested).toEqual([
      'https://sessionize.com/api/v2/abc/view/All?token=k3y-9f2e',
    ]);
    expect(entitiesOf(run.stdout)).toHaveLength(25);
    // the query string, which may hold an API key, is not written down
    expect(run.stdout).toContain(
      'Imported by conference-learnings from https://sessionize.com/api/v2/abc/view/All?…',
    );
    expect(run.stdout).not.toContain('k3y-9f2e');
  });

  describe('fails cleanly, leaving an existing -o target untouched', () => {
    let dir: string;
    let target: string;
    const ORIGINAL = '# keep me\n';

    beforeEach(() => {
      dir = createTempDir();
      target = path.join(dir, 'out.yaml');
      fs.writeFileSync(target, ORIGINAL);
      fs.utimesSync(target, new Date(2020, 0, 1), new Date(2020, 0, 1));
    });

    const expectUntouched = () => {
      expect(fs.readFileSync(target, 'utf8')).toBe(ORIGINAL);
      expect(fs.statSync(target).mtime).toEqual(new Date(2020, 0, 1));
      expect(fs.readdirSync(dir)).toEqual(['out.yaml']);
    };

    it('on malformed JSON', async () => {
      const bad = path.join(dir, 'bad.json');
      fs.writeFileSync(bad, '{"sessions": [');
      const run = await runCli([
        'import',
        '--from',
        'sessionize',
        bad,
        '--conference',
        'x',
        '-o',
        target,
      ]);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        new RegExp(`^error: ${bad}: Sessionize: not valid JSON`),
      );
      fs.rmSync(bad);
      expectUntouched();
    });

    it('on JSON of the wrong shape', async () => {
      const run = await runCli([
        'import',
        '--from',
        'sched-json',
        sharedDataFile('sample-sessionize.json'),
        '--conference',
        'x',
        '-o',
        target,
      ]);
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toContain('sample-sessionize.json: Sched JSON:');
      expectUntouched();
    });

    it('on a missing file', async () => {
      const missing = path.join(dir, 'missing.json');
      const run = await runCli([
        'import',
        '--from',
        'sched-json',
        missing,
        '--conference',
        'x',
        '-o',
        target,
      ]);
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toBe(`error: ${missing}: no such file\n`);
      expectUntouched();
    });

    it('on an unknown --from', async () => {
      const run = await runCli([
        'import',
        '--from',
        'pretalx',
        sharedDataFile('sample-sessionize.json'),
        '--conference',
        'x',
        '-o',
        target,
      ]);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain("argument 'pretalx' is invalid");
      expect(run.stderr).toContain(
        'sched-json, sched-ics, sched-csv, sessionize',
      );
      expectUntouched();
    });

    it('on --tag without --landscape, and a missing --conference', async () => {
      const source = sharedDataFile('sample-sessionize.json');
      const tag = await runCli([
        'import',
        '--from',
        'sessionize',
        source,
        '--conference',
        'x',
        '--tag',
        '-o',
        target,
      ]);
      expect(tag.exitCode).toBe(2);
      expect(tag.stderr).toContain('--tag needs --landscape');
      const noName = await runCli(['import', '--from', 'sessionize', source]);
      expect(noName.exitCode).toBe(2);
      expect(noName.stderr).toContain("'--conference <name>' not specified");
      expectUntouched();
    });

    it('on an invalid conference name or time zone', async () => {
      const source = sharedDataFile('sample-sessionize.json');
      const args = ['import', '--from', 'sessionize', source, '-o', target];
      const name = await runCli([...args, '--conference', 'Not a name']);
      expect(name.exitCode).toBe(1);
      expect(name.stderr).toContain('conferenceName "Not a name"');
      const zone = await runCli([
        ...args,
        '--conference',
        'x',
        '--time-zone',
        'Mars/Olympus',
      ]);
      expect(zone.exitCode).toBe(1);
      expect(zone.stderr).toContain('Mars/Olympus');
      expectUntouched();
    });

    it('on URLs: non-2xx, other schemes, timeouts', async () => {
      const args = (source: string) => [
        'import',
        '--from',
        'sessionize',
        source,
        '--conference',
        'x',
        '-o',
        target,
        '--timeout',
        '50ms',
      ];
      const notFound = await runCli(args('https://example.org/missing'), {
        fetch: async () =>
          new Response('nope', { status: 404, statusText: 'Not Found' }),
      });
      expect(notFound.exitCode).toBe(1);
      expect(notFound.stderr).toBe(
        'error: https://example.org/missing: the server answered HTTP 404 Not Found\n',
      );

      const ftp = await runCli(args('ftp://example.org/schedule.json'));
      expect(ftp.exitCode).toBe(1);
      expect(ftp.stderr).toContain('only http and https URLs');

      const slow = await runCli(args('https://example.org/slow'), {
        fetch: (_input, init) =>
          new Promise((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () =>
              reject(init.signal?.reason),
            ),
          ),
      });
      expect(slow.exitCode).toBe(1);
      expect(slow.stderr).toContain(
        'https://example.org/slow: no complete response within 50ms',
      );
      expectUntouched();
    });
  });
});
