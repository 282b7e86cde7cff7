import { InputError } from '@backstage/errors';
import { readSharedData, SCRIPT_URL } from './__testUtils__/sharedData';
import { parseTalkArchive } from './parseTalkArchive';

const ARCHIVE = 'cncf-security-talks-2016-2025-with-video.json';

describe('parseTalkArchive (Cloud Native Security Talks 2016–2025)', () => {
  const text = readSharedData(ARCHIVE);
  const schedules = parseTalkArchive(text);
  const talks = schedules.flatMap(s => s.talks);

  it('groups all 426 talks into one schedule per event', () => {
    expect(talks).toHaveLength(426);
    expect(schedules).toHaveLength(25);
    expect(
      schedules.find(
        s => s.conference.title === 'CloudNativeSecurityCon North America 2023',
      )?.talks,
    ).toHaveLength(64);
  });

  it('keeps the YouTube links of the 418 talks that have one', () => {
    expect(talks.filter(t => t.video)).toHaveLength(418);
    expect(
      talks.every(
        t => !t.video || t.video.startsWith('https://www.youtube.com/'),
      ),
    ).toBe(true);
  });

  it('dates each conference by its talks', () => {
    expect(schedules[0]).toMatchObject({
      conference: {
        title: 'CloudNativeCon + KubeCon 2016',
        startDate: '2016-11-09',
        endDate: '2016-11-09',
      },
    });
    expect(
      schedules.find(
        s => s.conference.title === 'KubeCon + CloudNativeCon Europe 2018',
      )?.conference,
    ).toMatchObject({ startDate: '2018-05-02', endDate: '2018-05-04' });
  });

  it('restores paragraph breaks and keeps the schedule page', () => {
    const first = schedules[0].talks[0];
    expect(first).toMatchObject({
      sourceId:
        'https://cnkc16.sched.com/event/fdb0b3c169c7ca39954dd1a1f456428e',
      title:
        'A Security State of Mind: Compliance and Vulnerability Audits for Containers - Chris Van Tuin, Red Hat',
      schedule:
        'https://cnkc16.sched.com/event/fdb0b3c169c7ca39954dd1a1f456428e',
      video: 'https://www.youtube.com/watch?v=EFcJCF0j0iE',
      speakers: [],
    });
    expect(first.description).toContain(
      "signs of compromise.\n\nIn this presentation, you'll learn about:\n\n* How Containers enable DevOps",
    );
  });

  it('drops URLs that are not http(s), and records without a title or event, saying how many', () => {
    expect(
      parseTalkArchive(
        JSON.stringify([
          {
            title: 'A',
            event: 'Con 2020',
            date: '2020-01-02',
            youtube_url: SCRIPT_URL,
            sched_url: 'event/1',
          },
          { title: 'B', date: '2020-01-03' },
          { event: 'Con 2020', date: '2020-01-04' },
        ]),
      ),
    ).toEqual([
      {
        conference: {
          title: 'Con 2020',
          startDate: '2020-01-02',
          endDate: '2020-01-02',
        },
        talks: [{ sourceId: 'A', title: 'A', speakers: [], type: 'session' }],
        skipped: [
          'Talk archive: skipped 2 of 3 entries without a title or an event',
        ],
      },
    ]);
  });

  it.each([
    ['an empty file', '', 'Talk archive: the file is empty'],
    ['truncated JSON', text.slice(0, 1000), 'Talk archive: not valid JSON'],
    [
      'an object without talks',
      '{"meta": {}}',
      'Talk archive: expected an array of talks or an object with "talks"',
    ],
    [
      'talks without an event',
      '{"talks": [{"title": "No event"}]}',
      'Talk archive: no talks with a title and an event found',
    ],
  ])('rejects %s', (_label, input, message) => {
    expect(() => parseTalkArchive(input)).toThrow(InputError);
    expect(() => parseTalkArchive(input)).toThrow(message);
  });
});
