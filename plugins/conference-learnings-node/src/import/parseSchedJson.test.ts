import { InputError } from '@backstage/errors';
import { readSharedData, SCRIPT_URL } from './__testUtils__/sharedData';
import { parseSchedJson } from './parseSchedJson';
import { ImportedTalk, ScheduleImport } from './types';

const MAIN = 'kubecon-eu-2026-amsterdam-sched.json';
const COLOCATED = 'kubecon-eu-2026-colocated-sched.json';
const API_EXPORT = 'sample-sched-api-session-export.json';

const talkTitled = (schedule: ScheduleImport, title: string): ImportedTalk => {
  const talk = schedule.talks.find(t => t.title === title);
  if (!talk) {
    throw new Error(`no talk titled ${title}`);
  }
  return talk;
};

describe('parseSchedJson, scraped Sched index (KubeCon EU 2026)', () => {
  const main = parseSchedJson(readSharedData(MAIN));
  const colocated = parseSchedJson(readSharedData(COLOCATED));

  it('reads every event of both files, 880 in all', () => {
    expect(main.talks).toHaveLength(606);
    expect(colocated.talks).toHaveLength(274);
  });

  it('reads the conference with its dates from the header', () => {
    expect(main.conference).toEqual({
      title: 'KubeCon + CloudNativeCon Europe 2026',
      startDate: '2026-03-22',
      endDate: '2026-03-27',
      location: 'Amsterdam, Netherlands',
      url: 'https://kccnceu2026.sched.com',
    });
    expect(colocated.conference).toMatchObject({
      startDate: '2026-03-22',
      endDate: '2026-03-23',
    });
  });

  it('splits the speakers appended to titles off into speakers with affiliations', () => {
    expect(talkTitled(main, 'Tutorial: 5 Stages of Kubernetes')).toEqual({
      sourceId:
        'https://kccnceu2026.sched.com/event/2CVxw/tutorial-5-stages-of-kubernetes-rick-rackow-stackit',
      title: 'Tutorial: 5 Stages of Kubernetes',
      description:
        'Kubernetes by now comes in various shapes and forms but can ultimately be boiled down to 5 different models:',
      speakers: [{ name: 'Rick Rackow', affiliation: 'STACKIT' }],
      startsAt: '2026-03-24T11:15:00+01:00',
      endsAt: '2026-03-24T12:30:00+01:00',
      type: 'tutorial',
      track: 'Tutorials',
      level: 'Intermediate',
      schedule:
        'https://kccnceu2026.sched.com/event/2CVxw/tutorial-5-stages-of-kubernetes-rick-rackow-stackit',
    });
    // spelled differently in the title than in the speaker list
    expect(
      talkTitled(
        main,
        'Keynote: The CRA and What it Means for Open Source Communities',
      ).speakers,
    ).toEqual([
      { name: 'Greg Kroah Hartman', affiliation: 'Linux Foundation' },
    ]);
    // a legal form stays with the company
    expect(
      talkTitled(
        main,
        'The Shared Service Blueprint: A Guide to Multi-Tenancy, Illustrated With KEDA',
      ).speakers,
    ).toEqual([
      {
        name: 'Aya Igarashi (@ladicle)',
        affiliation: 'Preferred Networks, Inc.',
      },
    ]);
    // the speakers are not behind the last dash here
    expect(
      talkTitled(
        colocated,
        'Cloud Native Telco Day | Welcome + Opening Remarks',
      ).speakers,
    ).toHaveLength(2);
  });

  it('keeps a dash that belongs to the title', () => {
    const titles = [...main.talks, ...colocated.talks].map(t => t.title);
    expect(titles).toContain(
      'REST in Peace: AI Needs to Be Async - Meet Asya🎭',
    );
    expect(titles).toContain(
      'Crossplane - The Cloud Native Framework for Platform Engineering',
    );
    expect(titles).toContain(
      'Kube-Oddities - The Quirks That Keep Kubernetes Interesting',
    );
  });

  it('drops the speakers\' bios, cut off with "Read More"', () => {
    expect(JSON.stringify([main, colocated])).not.toContain('Read More');
  });

  it('leaves no listed speaker behind a dash in a title', () => {
    const leftovers = [...main.talks, ...colocated.talks].filter(talk =>
      talk.speakers.some(s => talk.title.endsWith(`- ${s.name}`)),
    );
    expect(leftovers).toEqual([]);
  });

  it('re-separates glued paragraphs', () => {
    const contribfest = main.talks.find(t =>
      t.title.startsWith('Contribfest: Supercharge Your Open Source Impact'),
    );
    expect(contribfest?.description).toContain(
      'Internal Developer Portals.\n\nWe’ll kick things off by helping you set up your dev environment (Node.js, TypeScript, Yarn and friends)',
    );
  });

  it('normalises talk types from the tracks and titles', () => {
    const count = (type: string) =>
      main.talks.filter(t => t.type === type).length;
    expect(count('keynote')).toBe(31);
    expect(count('tutorial')).toBe(8);
    expect(talkTitled(main, 'Coffee Break ☕').type).toBe('other');
    expect(
      talkTitled(
        main,
        'Panel: How Platforms Can Save Junior Engineers (and Thus the Tech Industry)',
      ).type,
    ).toBe('panel');
    expect(
      main.talks
        .filter(t => t.title.startsWith('Project Lightning Talk: Break'))
        .map(t => t.type),
    ).toEqual(['other', 'other']);
  });

  it('takes slides from the files and drops the emoji from tracks', () => {
    const talk = main.talks.find(t =>
      t.title.startsWith('Tutorial: AI on Kubernetes Without the Chaos'),
    );
    expect(talk?.slides).toBe(
      'https://hosted-files.sched.co/kccnceu2026/3d/Kubecon%20Europe%202026%20-%20Ai%20on%20K8s.pdf',
    );
    expect(main.talks.filter(t => t.slides)).toHaveLength(219);
    expect(new Set(main.talks.map(t => t.track))).toContain('Lightning Talks');
  });
});

describe('parseSchedJson, Sched API export', () => {
  const schedule = parseSchedJson(readSharedData(API_EXPORT));

  it('reads every session with the offset that its timestamp implies', () => {
    expect(schedule.talks.map(t => [t.title, t.type, t.startsAt])).toEqual([
      ['Registration & Badge Pick-up', 'other', '2024-09-09T14:00:00-07:00'],
      [
        "Keynote: You're Our Universe: GraphQL Community Update 2024",
        'keynote',
        '2024-09-10T09:15:00-07:00',
      ],
      ['Keynote: TSC Panel', 'keynote', '2024-09-10T09:55:00-07:00'],
      [
        '200 Is Not OK: Strategies for Tracing Partial Responses with GraphQL Observability',
        'session',
        '2024-09-10T11:00:00-07:00',
      ],
      [
        'Unlocking Blockchain Data with GraphQL',
        'lightning',
        '2024-09-10T13:30:00-07:00',
      ],
    ]);
    expect(schedule.conference).toEqual({
      startDate: '2024-09-09',
      endDate: '2024-09-10',
    });
  });

  it('takes speakers with their company, video, slides and level', () => {
    expect(schedule.talks[3]).toMatchObject({
      endsAt: '2024-09-10T11:30:00-07:00',
      speakers: [
        { name: 'Aditi Rajawat', affiliation: 'Intuit' },
        { name: 'Rama Palaniappan', affiliation: 'Intuit' },
      ],
      video: 'https://www.youtube.com/watch?v=LbANoddAVic',
      slides:
        'https://static.sched.com/hosted_files/graphqlconf2024/3f/200_Is_Not_OK.pptx.pdf',
      level: 'Intermediate',
      track: 'Backend',
    });
    expect(schedule.talks[2].speakers.map(s => s.name)).toEqual([
      'Michael Staib',
      'Lee Byron',
      'Kewei Qu',
      'Rob Richard',
      'Sasha Solomon',
    ]);
  });

  it('drops URLs that are not http(s) and skips sessions without a name or inactive', () => {
    const { talks } = parseSchedJson(
      JSON.stringify([
        {
          id: 'a',
          name: 'Safe &amp; Sound',
          video_stream: SCRIPT_URL,
          url: '/event/a',
          files: [
            { path: 'data:text/html,x' },
            { path: 'https://x.example/s.pdf' },
          ],
        },
        { id: 'b', name: '   ' },
        { id: 'c', name: 'Hidden', active: 'N' },
        'not a session',
      ]),
    );
    expect(talks).toEqual([
      {
        sourceId: 'a',
        title: 'Safe & Sound',
        speakers: [],
        type: 'session',
        slides: 'https://x.example/s.pdf',
      },
    ]);
  });
});

describe('parseSchedJson, bad input', () => {
  const notSched =
    'Sched JSON: expected an array of sessions or an object with "types"';
  it.each([
    ['an empty file', '', 'Sched JSON: the file is empty'],
    [
      'truncated JSON',
      readSharedData(MAIN).slice(0, 5000),
      'Sched JSON: not valid JSON',
    ],
    ['an object without types', '{"sessions": []}', notSched],
    ['a string', '"text"', notSched],
    [
      'types that are no object',
      '{"types": []}',
      'Sched JSON: "types" must be an object of tracks',
    ],
    [
      'sessions without a name',
      '[{"id": 1}]',
      'Sched JSON: no talks with a title found',
    ],
    [
      'tracks without events',
      '{"types": {"Breaks": {"events": []}}}',
      'Sched JSON: no talks with a title found',
    ],
  ])('rejects %s', (_label, text, message) => {
    expect(() => parseSchedJson(text)).toThrow(InputError);
    expect(() => parseSchedJson(text)).toThrow(message);
  });

  it('rejects an unknown time zone', () => {
    expect(() => parseSchedJson('[]', { timeZone: 'Mars/Olympus' })).toThrow(
      'Sched JSON: unknown time zone "Mars/Olympus"',
    );
  });
});
