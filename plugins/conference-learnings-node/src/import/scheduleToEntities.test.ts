import { Entity, makeValidator } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { findEntityProblems } from '@conference-learnings/plugin-conference-learnings-common';
import { readSharedData, SCRIPT_URL } from './__testUtils__/sharedData';
import { parseSchedCsv } from './parseSchedCsv';
import { parseSchedIcs } from './parseSchedIcs';
import { parseSchedJson } from './parseSchedJson';
import { parseSessionize } from './parseSessionize';
import { parseTalkArchive } from './parseTalkArchive';
import { scheduleToEntities } from './scheduleToEntities';
import { ImportedTalk, ScheduleImport } from './types';

const validator = makeValidator();

const realSchedules: Array<[string, ScheduleImport]> = [
  [
    'kubecon-eu-2026',
    parseSchedJson(readSharedData('kubecon-eu-2026-amsterdam-sched.json')),
  ],
  [
    'kubecon-eu-2026-colocated',
    parseSchedJson(readSharedData('kubecon-eu-2026-colocated-sched.json')),
  ],
  ['kubecon-eu-2026-ics', parseSchedIcs(readSharedData('sample-sched.ics'))],
  [
    'penguicon-2019',
    parseSchedCsv(readSharedData('sample-sched-api-session-list.csv')),
  ],
  [
    'graphqlconf-2024',
    parseSchedJson(readSharedData('sample-sched-api-session-export.json')),
  ],
  [
    'global-azure-austria-2023',
    parseSessionize(readSharedData('sample-sessionize.json')),
  ],
  ...parseTalkArchive(
    readSharedData('cncf-security-talks-2016-2025-with-video.json'),
  ).map((schedule, i): [string, ScheduleImport] => [
    `security-talks-${i}`,
    schedule,
  ]),
];

const schedule = (...talks: Array<Partial<ImportedTalk>>): ScheduleImport => ({
  conference: {
    title: 'DevConf 2026',
    startDate: '2026-06-01',
    endDate: '2026-06-02',
  },
  talks: talks.map((talk, i) => ({
    sourceId: `id-${i}`,
    title: `Talk ${i}`,
    speakers: [],
    ...talk,
  })),
});

describe('scheduleToEntities over the real schedules', () => {
  const all = realSchedules.map(([name, parsed]) => ({
    name,
    parsed,
    entities: scheduleToEntities(parsed, { conferenceName: name }),
  }));

  it('emits one Conference and one Talk per talk, all without problems', () => {
    for (const { parsed, entities } of all) {
      expect(entities).toHaveLength(parsed.talks.length + 1);
      const problems = entities.flatMap(e =>
        findEntityProblems(e).map(p => `${e.metadata.name}: ${p}`),
      );
      expect(problems).toEqual([]);
    }
    expect(all.reduce((n, s) => n + s.entities.length - 1, 0)).toBe(
      606 + 274 + 596 + 355 + 5 + 24 + 426,
    );
  });

  it('gives unique, valid names of at most 63 characters and valid tags', () => {
    for (const { entities } of all) {
      const names = entities.map(e => e.metadata.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.filter(n => !validator.isValidEntityName(n))).toEqual([]);
      expect(
        entities
          .flatMap(e => e.metadata.tags ?? [])
          .filter(t => !validator.isValidTag(t)),
      ).toEqual([]);
    }
  });

  it('names talks after their titles and refers to the conference', () => {
    const [conference, ...talks] = all[0].entities;
    expect(conference).toEqual({
      apiVersion: 'conference-learnings.io/v1alpha1',
      kind: 'Conference',
      metadata: {
        name: 'kubecon-eu-2026',
        namespace: 'default',
        title: 'KubeCon + CloudNativeCon Europe 2026',
      },
      spec: {
        startDate: '2026-03-22',
        endDate: '2026-03-27',
        location: 'Amsterdam, Netherlands',
        url: 'https://kccnceu2026.sched.com',
      },
    });
    expect(
      talks.find(t => t.metadata.title === 'Tutorial: 5 Stages of Kubernetes'),
    ).toMatchObject({
      apiVersion: 'conference-learnings.io/v1alpha1',
      kind: 'Talk',
      metadata: { name: 'kubecon-eu-2026-tutorial-5-stages-of-kubernetes' },
      spec: {
        conference: 'conference:default/kubecon-eu-2026',
        speakers: [{ name: 'Rick Rackow', affiliation: 'STACKIT' }],
        startsAt: '2026-03-24T11:15:00+01:00',
        type: 'tutorial',
        track: 'Tutorials',
        level: 'Intermediate',
      },
    });
  });

  it('appends a hash of the source id only to titles that collide', () => {
    const names = all[0].entities.map(e => e.metadata.name);
    const coffee = names.filter(n =>
      n.startsWith('kubecon-eu-2026-coffee-break'),
    );
    expect(coffee).toHaveLength(5);
    expect(
      coffee.every(n => /^kubecon-eu-2026-coffee-break-[0-9a-f]{8}$/.test(n)),
    ).toBe(true);
    // every hashed name shares its stem with another talk's
    const stems = names
      .filter(n => /-[0-9a-f]{8}$/.test(n))
      .map(n => n.slice(0, -9));
    expect(
      stems.filter(stem => stems.indexOf(stem) === stems.lastIndexOf(stem)),
    ).toEqual([]);
  });

  it('gives the same names on every run, whatever the order of the talks', () => {
    const [, parsed] = realSchedules[0];
    const nameBySource = (entities: Entity[], talks: ImportedTalk[]) =>
      new Map(talks.map((t, i) => [t.sourceId, entities[i + 1].metadata.name]));
    const once = nameBySource(
      scheduleToEntities(parsed, { conferenceName: 'k' }),
      parsed.talks,
    );
    const reversed = [...parsed.talks].reverse();
    const again = nameBySource(
      scheduleToEntities(
        { ...parsed, talks: reversed },
        { conferenceName: 'k' },
      ),
      reversed,
    );
    expect(again).toEqual(once);
  });
});

describe('scheduleToEntities', () => {
  it('cuts long titles at a word to fit 63 characters', () => {
    const [, talk] = scheduleToEntities(
      schedule({
        title:
          'Keeping Sovereignty on Track: Kubernetes Powering a National Railway Platform',
      }),
      { conferenceName: 'kubecon-eu-2026' },
    );
    expect(talk.metadata.name).toBe(
      'kubecon-eu-2026-keeping-sovereignty-on-track-kubernetes',
    );
    expect(talk.metadata.title).toBe(
      'Keeping Sovereignty on Track: Kubernetes Powering a National Railway Platform',
    );
  });

  it('names a talk whose title has no Latin letters by its hash', () => {
    const [, talk] = scheduleToEntities(
      schedule({ title: '云原生安全', sourceId: 'x' }),
      {
        conferenceName: 'kcd-china',
      },
    );
    expect(talk.metadata.name).toMatch(/^kcd-china-[0-9a-f]{8}$/);
  });

  it('keeps valid tags, normalises others and drops the rest', () => {
    const [, talk] = scheduleToEntities(
      schedule({
        tags: [
          'Backstage',
          'Developer Portals',
          'C++',
          'Über_Tool',
          '!!!',
          'x'.repeat(70),
          'backstage',
        ],
      }),
      { conferenceName: 'devconf' },
    );
    expect(talk.metadata.tags).toEqual([
      'backstage',
      'developer-portals',
      'c++',
      'uber-tool',
    ]);
  });

  it('cuts the description at 20,000 characters', () => {
    const [, talk] = scheduleToEntities(
      schedule({ description: 'a'.repeat(25000) }),
      {
        conferenceName: 'devconf',
      },
    );
    expect(talk.metadata.description).toHaveLength(20000);
    expect(talk.metadata.description!.endsWith('…')).toBe(true);
  });

  it('drops URLs that are not http(s) and invalid times', () => {
    const [, talk] = scheduleToEntities(
      schedule({
        video: SCRIPT_URL,
        slides: '/slides.pdf',
        schedule: 'https://devconf.example/t/1',
        startsAt: 'tomorrow',
        speakers: [{ name: 'Ana', url: 'ftp://ana.example' }],
      }),
      { conferenceName: 'devconf' },
    );
    expect(talk.spec).toEqual({
      conference: 'conference:default/devconf',
      speakers: [{ name: 'Ana' }],
      schedule: 'https://devconf.example/t/1',
    });
  });

  it('sets namespace, annotations and an overriding title', () => {
    const entities = scheduleToEntities(schedule({}), {
      conferenceName: 'devconf',
      conferenceTitle: 'DevConf.CZ 2026',
      namespace: 'events',
      annotations: {
        'backstage.io/managed-by-location': 'url:https://x.example/s.json',
      },
    });
    expect(entities[0].metadata).toEqual({
      name: 'devconf',
      namespace: 'events',
      title: 'DevConf.CZ 2026',
      annotations: {
        'backstage.io/managed-by-location': 'url:https://x.example/s.json',
      },
    });
    expect(entities[1].metadata.annotations).toEqual(
      entities[0].metadata.annotations,
    );
    expect(entities[1].spec?.conference).toBe('conference:events/devconf');
  });

  it('dates the conference by its talks when the schedule does not', () => {
    const [conference] = scheduleToEntities(
      {
        conference: {},
        talks: [
          {
            sourceId: 'a',
            title: 'A',
            speakers: [],
            startsAt: '2026-06-02T09:00:00+02:00',
          },
          {
            sourceId: 'b',
            title: 'B',
            speakers: [],
            startsAt: '2026-06-01T09:00:00+02:00',
          },
        ],
      },
      { conferenceName: 'devconf' },
    );
    expect(conference.metadata.title).toBe('devconf');
    expect(conference.spec).toEqual({
      startDate: '2026-06-01',
      endDate: '2026-06-02',
    });
  });

  it.each([
    [
      { conferenceName: 'Not Valid!' },
      'conferenceName "Not Valid!" must be a valid entity name',
    ],
    [
      { conferenceName: 'x'.repeat(41) },
      'must be a valid entity name of at most 40 characters',
    ],
    [
      { conferenceName: 'devconf', namespace: 'No Space' },
      'namespace "No Space" is not a valid',
    ],
  ])('rejects %j', (options, message) => {
    expect(() => scheduleToEntities(schedule({}), options)).toThrow(InputError);
    expect(() => scheduleToEntities(schedule({}), options)).toThrow(message);
  });

  it('rejects a conference without any date', () => {
    expect(() =>
      scheduleToEntities(
        {
          conference: {},
          talks: [{ sourceId: 'a', title: 'A', speakers: [] }],
        },
        { conferenceName: 'devconf' },
      ),
    ).toThrow(
      'conference devconf has no dates and none of its talks a start time',
    );
  });
});
