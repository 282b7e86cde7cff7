import { InputError } from '@backstage/errors';
import { readSharedData, SCRIPT_URL } from './__testUtils__/sharedData';
import { parseSessionize } from './parseSessionize';

const SESSIONIZE = 'sample-sessionize.json';

describe('parseSessionize (Global Azure Austria)', () => {
  const text = readSharedData(SESSIONIZE);
  const schedule = parseSessionize(text, { timeZone: 'Europe/Vienna' });

  it('reads every session and dates the conference', () => {
    expect(schedule.talks).toHaveLength(24);
    expect(schedule.conference).toEqual({
      startDate: '2023-05-12',
      endDate: '2023-05-12',
    });
  });

  it('resolves speakers by id, with tag line and first link', () => {
    expect(schedule.talks[0]).toEqual({
      sourceId: '476012',
      title: 'Welcome to Global Azure Austria',
      description:
        'Rainer Stropek, chairman of Coding Club Linz, kicks off the day in this short welcome session.',
      speakers: [
        {
          name: 'Rainer Stropek',
          affiliation: 'software architects',
          url: 'https://twitter.com/rstropek',
        },
      ],
      startsAt: '2023-05-12T09:00:00+02:00',
      endsAt: '2023-05-12T09:10:00+02:00',
      type: 'session',
      video: 'https://youtube.com/live/UV2oIUIwMio',
    });
    const signLanguage = schedule.talks.find(t =>
      t.title.startsWith('AI for Good sign language'),
    );
    expect(signLanguage?.speakers).toHaveLength(3);
    expect(schedule.talks.every(t => t.speakers.length > 0)).toBe(true);
  });

  it('takes the video from the YouTube question when there is no recording', () => {
    expect(schedule.talks.filter(t => t.video)).toHaveLength(24);
  });

  it('does not take "Lightning-speed" in a title for a lightning talk', () => {
    expect(
      schedule.talks.find(t => t.title.includes('Lightning-speed .NET'))?.type,
    ).toBe('session');
  });

  it('has no start times without the time zone', () => {
    const naive = parseSessionize(text);
    expect(naive.talks.some(t => t.startsAt)).toBe(false);
    expect(naive.conference.startDate).toBe('2023-05-12');
  });
});

describe('parseSessionize, categories and URLs', () => {
  const view = {
    sessions: [
      {
        id: '1',
        title: 'Platform panel',
        startsAt: '2026-06-01T10:00:00',
        speakers: ['s1'],
        categoryItems: [11, 21, 31, 41, 42],
        questionAnswers: [
          { questionId: 7, answerValue: 'https://slides.example/p.pdf' },
        ],
        recordingUrl: 'https://video.example/1',
      },
      {
        id: '2',
        title: 'Lunch',
        isServiceSession: true,
        recordingUrl: SCRIPT_URL,
        speakers: [],
        categoryItems: [],
      },
      { id: '3', title: '' },
    ],
    speakers: [
      {
        id: 's1',
        fullName: 'Ana Lee',
        tagLine: 'CTO, Acme',
        links: [{ url: '/relative' }, { url: 'https://ana.example' }],
      },
    ],
    categories: [
      { title: 'Track', items: [{ id: 11, name: 'Platform' }] },
      { title: 'Level', items: [{ id: 21, name: 'Advanced' }] },
      {
        title: 'Session format',
        items: [{ id: 31, name: 'Panel discussion' }],
      },
      {
        title: 'Tags',
        items: [
          { id: 41, name: 'Backstage' },
          { id: 42, name: 'Developer Portals' },
        ],
      },
    ],
    questions: [{ id: 7, question: 'Slides' }],
  };

  it('maps categories by their title and keeps only http(s) URLs', () => {
    expect(
      parseSessionize(JSON.stringify(view), { timeZone: 'UTC' }).talks,
    ).toEqual([
      {
        sourceId: '1',
        title: 'Platform panel',
        speakers: [
          {
            name: 'Ana Lee',
            affiliation: 'CTO, Acme',
            url: 'https://ana.example',
          },
        ],
        startsAt: '2026-06-01T10:00:00+00:00',
        type: 'panel',
        track: 'Platform',
        level: 'Advanced',
        tags: ['Backstage', 'Developer Portals'],
        video: 'https://video.example/1',
        slides: 'https://slides.example/p.pdf',
      },
      { sourceId: '2', title: 'Lunch', speakers: [], type: 'other' },
    ]);
  });

  it.each([
    ['', 'Sessionize: the file is empty'],
    ['{"sessions": [', 'Sessionize: not valid JSON'],
    [
      '[{"groupId": 1, "sessions": []}]',
      'Sessionize: expected the view/All object with "sessions", "speakers" and "categories"',
    ],
    ['{"sessions": [{"id": 1}]}', 'Sessionize: no talks with a title found'],
  ])('rejects %j', (text, message) => {
    expect(() => parseSessionize(text)).toThrow(InputError);
    expect(() => parseSessionize(text)).toThrow(message);
  });
});
