/* eslint-disable no-script-url -- hostile input on purpose: links that must be refused */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expect*"] }] -- the helpers named expect… assert */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  parseSchedCsv,
  parseSchedIcs,
  parseSchedJson,
  parseSessionize,
  scheduleToEntities,
} from '@conference-learnings/plugin-conference-learnings-node';
import {
  CliRun,
  createTempDir,
  landscapeFile,
  removeTempDirs,
  runCli,
} from './__testUtils__/cli';

afterAll(removeTempDirs);

const MB = 1_000_000;

/** One talk in the terms every schedule format has. */
interface Talk {
  id: string;
  title: string;
  abstract?: string;
  speaker?: string;
  url?: string;
}

const icsText = (text: string) =>
  text.replace(/[\\;,]/g, c => `\\${c}`).replace(/\r?\n/g, '\\n');
const csvField = (text: string | undefined) =>
  `"${(text ?? '').replace(/"/g, '""')}"`;

/** Each format of `import --from`: a document of talks, and the parser the CLI uses. */
const FORMATS = {
  'sched-json': {
    parse: parseSchedJson,
    document: (talks: Talk[]) =>
      JSON.stringify(
        talks.map(t => ({
          id: t.id,
          name: t.title,
          event_start: '2026-03-24 09:00',
          description: t.abstract,
          speakers: t.speaker ? [{ name: t.speaker }] : [],
          video_stream: t.url,
          url: t.url,
        })),
      ),
  },
  'sched-ics': {
    parse: parseSchedIcs,
    document: (talks: Talk[]) =>
      [
        'BEGIN:VCALENDAR',
        'PRODID:-//Sched.com Test Conf//EN',
        ...talks.flatMap(t => [
          'BEGIN:VEVENT',
          `UID:${t.id}`,
          'DTSTART:20260324T080000Z',
          `SUMMARY:${icsText(t.title)}`,
          ...(t.abstract ? [`DESCRIPTION:${icsText(t.abstract)}`] : []),
          ...(t.url ? [`URL:${t.url}`] : []),
          'END:VEVENT',
        ]),
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
  },
  'sched-csv': {
    parse: parseSchedCsv,
    document: (talks: Talk[]) =>
      [
        'id,name,event_start,description,speakers,video_stream,url',
        ...talks.map(t =>
          [
            t.id,
            t.title,
            '2026-03-24 09:00',
            t.abstract,
            t.speaker,
            t.url,
            t.url,
          ]
            .map(csvField)
            .join(','),
        ),
        '',
      ].join('\r\n'),
  },
  sessionize: {
    parse: parseSessionize,
    document: (talks: Talk[]) =>
      JSON.stringify({
        sessions: talks.map(t => ({
          id: t.id,
          title: t.title,
          description: t.abstract,
          startsAt: '2026-03-24T09:00:00',
          speakers: t.speaker ? [`s-${t.id}`] : [],
          recordingUrl: t.url,
        })),
        speakers: talks
          .filter(t => t.speaker)
          .map(t => ({ id: `s-${t.id}`, fullName: t.speaker })),
        categories: [],
        questions: [],
      }),
  },
};
type Format = keyof typeof FORMATS;
const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

const GOOD: Talk[] = [
  { id: '1', title: 'Argo CD at scale', abstract: 'How we run Argo CD.' },
  { id: '2', title: 'Envoy in production', abstract: 'A year of Envoy.' },
];

/**
 * Text that YAML would read as something else if written out plain: scalars of other
 * types, indicators, directives, document markers; and HTML, control and
 * bidirectional characters that must stay text.
 */
const YAML_LOOKALIKES = [
  'null',
  'true',
  '~',
  '123',
  '0x1F',
  '1e3',
  '2024-03-19',
  '- item',
  'key: value',
  '&anchor',
  '*alias',
  '!!python/object/apply:os.system',
  '#not a comment',
  '\'single\' and "double" quotes',
  '---',
  '...',
  '%YAML 1.2',
  '@at',
  '`backtick`',
  '| pipe',
  '> fold',
  '{a: 1}',
  '[1, 2]',
  '? question',
  'tab\there',
  'back\\slash and \\n',
  'control \u0001\u0007 characters',
  'right-to-left \u202eexe.txt',
  '🚀 emoji',
  '<b>Bold</b> <script>alert(1)</script>text',
  'AT&T &amp; <placeholder>',
];

const HOSTILE_TALKS: Talk[] = [
  ...YAML_LOOKALIKES.map((title, i) => ({
    id: `t${i}`,
    title,
    abstract: `  ${title}  with  double  spaces, a trailing space and #hash: ${title} `,
    speaker: title,
    url: 'javascript:alert(1)',
  })),
  {
    id: 'multi-line',
    title: 'Multi-line abstract',
    abstract:
      'First line\n- not a list\nkey: value\n\n    indented code\n#hash\n---\n...\ttab\n',
    url: '//evil.example/x',
  },
  {
    id: 'megabyte',
    title: 'We run Argo CD at scale. '.repeat(MB / 25),
    abstract: 'Sentence after sentence, word after word. '.repeat(MB / 42),
    url: 'data:text/html;base64,PHNjcmlwdD4=',
  },
];

/** A YAML document whose aliases expand to ten billion items: "billion laughs". */
function yamlBomb(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) {
    const refs = Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ');
    lines.push(`a${i}: &a${i} [${refs}]`);
  }
  return [
    'apiVersion: conference-learnings.io/v1alpha1',
    'kind: Talk',
    'metadata:',
    '  name: bomb',
    '  title: Argo',
    ...lines.map(line => `  ${line}`),
    'spec:',
    '  conference: c',
    '  technologies: *a9',
    '',
  ].join('\n');
}

const TALK_YAML = [
  'apiVersion: conference-learnings.io/v1alpha1',
  'kind: Talk',
  'metadata:',
  '  name: argo-talk',
  '  title: Argo CD at scale',
  'spec:',
  '  conference: kubecon-eu-2024',
  '',
].join('\n');

/** Bad files, each as bytes. `{}` stands for the format's good document. */
const BAD_FILES: Array<[string, (good: string) => Buffer]> = [
  [
    'invalid UTF-8',
    good =>
      Buffer.concat([
        Buffer.from(good.slice(0, 20)),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from(good.slice(20)),
      ]),
  ],
  ['an empty file', () => Buffer.from('  \n\n')],
  [
    'binary garbage',
    () =>
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(4096, 0xa7),
      ]),
  ],
];

/** A fresh directory with the file; the run must leave nothing else in it. */
function scene(name: string, content: string | Buffer) {
  const dir = createTempDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  const output = path.join(dir, 'out.yaml');
  return {
    dir,
    file,
    output,
    expectNothingWritten: () => {
      expect(fs.readdirSync(dir)).toEqual([name]);
      expect(fs.readFileSync(file)).toEqual(
        typeof content === 'string' ? Buffer.from(content) : content,
      );
    },
  };
}

/** A failed run: exit code 1, one line on stderr matching `message`, no stack trace. */
function expectOneLineError(run: CliRun, message: RegExp) {
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^error: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\s+at \S+ \(/);
  expect(run.exitCode).toBe(1);
}

/** The YAML documents as values, failing on any YAML error. */
function documentsOf(yaml: string): unknown[] {
  return parseAllDocuments(yaml).map(doc => {
    expect(doc.errors).toEqual([]);
    return doc.toJS();
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('hostile input: CLI', () => {
  describe('import', () => {
    const EXPECTED_ERRORS: Record<string, Record<Format, RegExp>> = {
      'invalid UTF-8': {
        'sched-json': /: not valid UTF-8 text$/m,
        'sched-ics': /: not valid UTF-8 text$/m,
        'sched-csv': /: not valid UTF-8 text$/m,
        sessionize: /: not valid UTF-8 text$/m,
      },
      'an empty file': {
        'sched-json': /: Sched JSON: the file is empty$/m,
        'sched-ics': /: Sched ICS: expected an iCalendar file/,
        'sched-csv': /: Sched CSV: expected a header row with a "name" column/,
        sessionize: /: Sessionize: the file is empty$/m,
      },
      'binary garbage': {
        'sched-json': /: not valid UTF-8 text$/m,
        'sched-ics': /: not valid UTF-8 text$/m,
        'sched-csv': /: not valid UTF-8 text$/m,
        sessionize: /: not valid UTF-8 text$/m,
      },
    };

    it.each(
      FORMAT_NAMES.flatMap(from =>
        BAD_FILES.map(([label, bytes]) => [from, label, bytes] as const),
      ),
    )(
      '--from %s: %s is one clear error, exit 1, no output file',
      async (from, label, bytes) => {
        const { file, output, expectNothingWritten } = scene(
          'schedule',
          bytes(FORMATS[from].document(GOOD)),
        );
        const run = await runCli([
          'import',
          '--from',
          from,
          file,
          '--conference',
          'test-conf',
          '-o',
          output,
        ]);
        expectOneLineError(
          run,
          new RegExp(
            `^error: ${escape(file)}${EXPECTED_ERRORS[label][from].source}`,
            'm',
          ),
        );
        expectNothingWritten();
      },
    );

    it.each([
      [
        'sched-json',
        'control characters and NUL bytes',
        '\u0000\u0001\u0002{}\u0000',
        /Sched JSON: not valid JSON/,
      ],
      [
        'sched-json',
        '10,000 nested arrays',
        `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
        /Sched JSON: no talks with a title found/,
      ],
      [
        'sessionize',
        '10,000 nested objects',
        `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
        /Sessionize: expected the view\/All object/,
      ],
      [
        'sessionize',
        'wrong types',
        '{"sessions": {"title": "Argo"}, "speakers": 5}',
        /Sessionize: expected the view\/All object/,
      ],
      [
        'sched-json',
        'null',
        'null',
        /Sched JSON: expected an array of sessions/,
      ],
      [
        'sched-csv',
        'an unclosed quote',
        'id,name\n1,"Argo',
        /Sched CSV: a quoted field is not closed/,
      ],
      [
        'sched-ics',
        'a calendar of events without a summary',
        'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
        /Sched ICS: no talks with a title found/,
      ],
    ] as const)(
      '--from %s: %s is one clear error, exit 1, no output file',
      async (from, _label, text, message) => {
        const { file, output, expectNothingWritten } = scene('schedule', text);
        const run = await runCli([
          'import',
          '--from',
          from,
          file,
          '--conference',
          'test-conf',
          '-o',
          output,
        ]);
        expectOneLineError(
          run,
          new RegExp(`^error: ${escape(file)}: ${message.source}`),
        );
        expectNothingWritten();
      },
    );

    it.each([
      ['a path that does not exist', 'missing.json', /: no such file$/m],
      ['a directory', '.', /: is a directory, expected a file$/m],
    ])('%s is one clear error', async (_label, name, message) => {
      const dir = createTempDir();
      const source = path.join(dir, name);
      const run = await runCli([
        'import',
        '--from',
        'sched-json',
        source,
        '--conference',
        'test-conf',
        '-o',
        path.join(dir, 'out.yaml'),
      ]);
      expectOneLineError(run, message);
      expect(run.stderr.startsWith(`error: ${source}: `)).toBe(true);
      expect(fs.readdirSync(dir)).toEqual([]);
    });

    it.each(FORMAT_NAMES.map(from => [from]))(
      '--from %s: hostile text and 1 MB fields are written as YAML strings that parse back as imported, links dropped',
      async from => {
        const text = FORMATS[from].document(HOSTILE_TALKS);
        const { file, output } = scene('schedule', text);
        const run = await runCli([
          'import',
          '--from',
          from,
          file,
          '--conference',
          'test-conf',
          '--time-zone',
          'Europe/Amsterdam',
          '-o',
          output,
        ]);
        expect(run.stderr).not.toMatch(/^error/m);
        expect(run.exitCode).toBe(0);

        // what the library makes of the schedule is exactly what the YAML holds
        const expected = scheduleToEntities(
          FORMATS[from].parse(text, { timeZone: 'Europe/Amsterdam' }),
          { conferenceName: 'test-conf', namespace: 'default' },
        );
        const written = documentsOf(fs.readFileSync(output, 'utf8'));
        expect(written).toEqual(JSON.parse(JSON.stringify(expected)));

        const titles = written.map(
          e => (e as { metadata: { title: string } }).metadata.title,
        );
        // scalars of other types stay strings
        for (const lookalike of ['null', 'true', '~', '123', '2024-03-19']) {
          expect(titles).toContain(lookalike);
        }
        expect(titles).toContain('Bold text'); // tags and script removed
        expect(titles.some(t => t.length === 1000 && t.endsWith('…'))).toBe(
          true,
        );
        // no link but http(s)
        expect(fs.readFileSync(output, 'utf8')).not.toMatch(
          /javascript:|data:text|evil\.example/,
        );

        const validated = await runCli(['validate', output]);
        expect(validated.stdout).toBe('');
        expect(validated.exitCode).toBe(0);
      },
    );

    it('warns about entries it leaves out, and keeps one of a talk listed twice', async () => {
      const { file } = scene(
        'schedule.json',
        JSON.stringify([
          {
            id: '1',
            name: 'Argo CD at scale',
            event_start: '2026-03-24 09:00',
          },
          {
            id: '1',
            name: 'Argo CD at scale',
            event_start: '2026-03-24 09:00',
          },
          { id: '2', name: { nested: ['Argo'] } },
          { id: '3', name: '<script>alert(1)</script>' },
          42,
        ]),
      );
      const run = await runCli([
        'import',
        '--from',
        'sched-json',
        file,
        '--conference',
        'test-conf',
      ]);
      expect(run.exitCode).toBe(0);
      expect(run.stderr.split('\n')).toEqual([
        `warning: ${file}: Sched JSON: skipped 3 of 5 entries without a title, or inactive`,
        `warning: ${file}: Sched JSON: skipped 1 entry repeating the source id of an earlier talk`,
        expect.stringMatching(/^test-conf: 1 talks, /),
        '',
      ]);
      expect(
        documentsOf(run.stdout).filter(
          e => (e as { kind: string }).kind === 'Talk',
        ),
      ).toHaveLength(1);
    });
  });

  describe('tag', () => {
    it.each([
      ...BAD_FILES.map(
        ([label, bytes]) =>
          [
            label,
            bytes(TALK_YAML),
            label === 'an empty file'
              ? /: the file is empty$/m
              : /: not valid UTF-8 text$/m,
          ] as const,
      ),
      [
        'a YAML bomb',
        Buffer.from(yamlBomb()),
        /:1: YAML: Excessive alias count indicates a resource exhaustion attack$/m,
      ],
      [
        'YAML nested 10,000 levels deep',
        Buffer.from(
          `${TALK_YAML}  track: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
        ),
        /:\d+: YAML: Maximum call stack size exceeded/,
      ],
      [
        'a string where spec is',
        Buffer.from(TALK_YAML.replace(/spec:\n.*\n$/, 'spec: Argo CD\n')),
        /:6: Talk default\/argo-talk: spec must be an object$/m,
      ],
    ] as const)(
      'a catalog file of %s is one clear error, exit 1, nothing written',
      async (_label, bytes, message) => {
        const { file, output, expectNothingWritten } = scene(
          'talks.yaml',
          bytes,
        );
        for (const target of [['-o', output], ['--in-place']]) {
          const run = await runCli([
            'tag',
            file,
            '--landscape',
            landscapeFile(),
            ...target,
          ]);
          expectOneLineError(
            run,
            new RegExp(`^error: ${escape(file)}${message.source}`, 'm'),
          );
          expectNothingWritten();
        }
      },
    );

    it.each([
      [
        'invalid UTF-8',
        Buffer.from([0x6c, 0x61, 0xff, 0x0a]),
        /not valid UTF-8 text/,
      ],
      ['a YAML bomb', Buffer.from(yamlBomb()), /Excessive alias count/],
      ['an empty file', Buffer.from(''), /no top-level "landscape" list/],
    ] as const)(
      'a landscape of %s is one clear error, exit 1, nothing written',
      async (_label, bytes, message) => {
        const { file: landscape, dir } = scene('landscape.yml', bytes);
        const talks = path.join(dir, 'talks.yaml');
        fs.writeFileSync(talks, TALK_YAML);
        const run = await runCli([
          'tag',
          talks,
          '--landscape',
          landscape,
          '-i',
        ]);
        expectOneLineError(
          run,
          new RegExp(`^error: ${escape(landscape)}: .*${message.source}`),
        );
        expect(fs.readFileSync(talks, 'utf8')).toBe(TALK_YAML);
        expect(fs.readdirSync(dir).sort()).toEqual([
          'landscape.yml',
          'talks.yaml',
        ]);
      },
    );

    it('a path that does not exist is one clear error', async () => {
      const dir = createTempDir();
      const missing = path.join(dir, 'missing.yaml');
      const run = await runCli([
        'tag',
        missing,
        '--landscape',
        landscapeFile(),
      ]);
      expectOneLineError(
        run,
        new RegExp(`^error: ${escape(missing)}: no such file\n$`),
      );
      expect(fs.readdirSync(dir)).toEqual([]);
    });

    it('keeps hostile text, and a 1 MB abstract, exactly as they were while adding technologies', async () => {
      const entities = YAML_LOOKALIKES.map((title, i) => ({
        apiVersion: 'conference-learnings.io/v1alpha1',
        kind: 'Talk',
        metadata: {
          name: `talk-${i}`,
          title: `Argo CD: ${title}`,
          description:
            i === 0
              ? `Helm charts. ${'Sentence after sentence. '.repeat(MB / 24)}`
              : `${title}\n${title}`,
        },
        spec: { conference: 'kubecon-eu-2024' },
      }));
      const yaml = entities
        .map(e => `---\n${JSON.stringify(e, null, 2)}\n`)
        .join('');
      const { file, output } = scene('talks.yaml', yaml);
      const run = await runCli([
        'tag',
        file,
        '--landscape',
        landscapeFile(),
        '-o',
        output,
      ]);
      expect(run.exitCode).toBe(0);
      expect(run.stderr).toMatch(
        new RegExp(`: ${entities.length} of ${entities.length} talks tagged`),
      );
      const tagged = documentsOf(fs.readFileSync(output, 'utf8')) as Array<{
        spec: { technologies: string[] };
      }>;
      // everything as it was, but for the technologies added
      expect(
        tagged.map(talk => {
          const { technologies, ...spec } = talk.spec;
          expect(technologies).toContain('technology:default/argo');
          return { ...talk, spec };
        }),
      ).toEqual(entities);
      expect(tagged[0].spec.technologies).toContain('technology:default/helm');
    });
  });

  describe('validate', () => {
    it.each([
      ...BAD_FILES.map(
        ([label, bytes]) =>
          [
            label,
            bytes(TALK_YAML),
            label === 'an empty file'
              ? /: the file is empty/
              : /: not valid UTF-8 text/,
          ] as const,
      ),
      [
        'a YAML bomb',
        Buffer.from(yamlBomb()),
        /:1: YAML: Excessive alias count indicates a resource exhaustion attack/,
      ],
      [
        'YAML nested 10,000 levels deep',
        Buffer.from(
          `${TALK_YAML}  track: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
        ),
        /:8: YAML: Maximum call stack size exceeded/,
      ],
      [
        'a 1 MB title',
        Buffer.from(TALK_YAML.replace('Argo CD at scale', 'x'.repeat(MB))),
        /:5: Talk default\/argo-talk: metadata\.title must be a non-empty string of at most 1000 characters/,
      ],
      [
        'a javascript: link',
        Buffer.from(`${TALK_YAML}  video: javascript:alert(1)\n`),
        /:8: Talk default\/argo-talk: spec\.video must be an http\(s\) URL/,
      ],
      [
        'an odd conference ref',
        Buffer.from(TALK_YAML.replace('kubecon-eu-2024', 'default/../..')),
        /:7: Talk default\/argo-talk: spec\.conference must be the ref of a Conference, such as kubecon-eu-2024 or conference:default\/kubecon-eu-2024/,
      ],
      [
        'an odd entity name',
        Buffer.from(TALK_YAML.replace('argo-talk', '../../etc/passwd')),
        /:4: Talk default\/\.\.\/\.\.\/etc\/passwd: metadata\.name must be at most 63 letters, digits, - _ and \., starting and ending with a letter or digit/,
      ],
      [
        'an entity defined twice',
        Buffer.from(`---\n${TALK_YAML}---\n${TALK_YAML}`),
        /:10: Talk default\/argo-talk: defined twice, first at .*:2/,
      ],
    ] as const)(
      'a file of %s is one problem line, exit 1, no stack trace',
      async (_label, bytes, message) => {
        const { file, expectNothingWritten } = scene('talks.yaml', bytes);
        const run = await runCli(['validate', file]);
        expect(run.exitCode).toBe(1);
        expect(run.stdout).toMatch(
          new RegExp(`^${escape(file)}${message.source}\n$`),
        );
        expect(run.stderr).toMatch(/^1 problem in 1 file \([^\n]*\)\n$/);
        expect(`${run.stdout}${run.stderr}`).not.toMatch(/\s+at \S+ \(/);
        expectNothingWritten();
      },
    );

    it('reports a path that does not exist, and checks the other files', async () => {
      const { file, dir } = scene('talks.yaml', TALK_YAML);
      const missing = path.join(dir, 'missing.yaml');
      const run = await runCli(['validate', missing, file]);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toBe(`${missing}: no such file\n`);
      expect(run.stderr).toMatch(/^1 problem in 1 file \(1 entity in 2 files/);
    });

    it('accepts hostile but valid text, as text', async () => {
      const yaml = YAML_LOOKALIKES.map((title, i) =>
        JSON.stringify({
          apiVersion: 'conference-learnings.io/v1alpha1',
          kind: 'Talk',
          metadata: { name: `talk-${i}`, title, description: title },
          spec: {
            conference: 'kubecon-eu-2024',
            speakers: [{ name: title }],
            track: title,
          },
        }),
      ).join('\n---\n');
      const { file } = scene('talks.yaml', yaml);
      const run = await runCli(['validate', file]);
      expect(run.stdout).toBe('');
      expect(run.exitCode).toBe(0);
    });
  });
});
