import { InputError } from '@backstage/errors';
import { readSharedData } from './__testUtils__/sharedData';
import { parseSchedCsv } from './parseSchedCsv';

const CSV = 'sample-sched-api-session-list.csv';

describe('parseSchedCsv (a 2019 Sched session list)', () => {
  const text = readSharedData(CSV);
  const schedule = parseSchedCsv(text);
  const talk = (title: string) => schedule.talks.find(t => t.title === title)!;

  it('reads all 355 rows and dates the conference by its sessions', () => {
    expect(schedule.talks).toHaveLength(355);
    expect(schedule.conference).toEqual({
      startDate: '2019-05-03',
      endDate: '2019-05-05',
    });
  });

  it('decodes entities in speakers and keeps HTML line breaks', () => {
    expect(
      talk('Arts & Scraps Workshop: Make a 100% Green Costume!'),
    ).toMatchObject({
      speakers: [{ name: 'Arts & Scraps Team' }],
      type: 'workshop',
      track: 'Science',
    });
    expect(
      talk('Navigating Polyamory: Keeping your Cups Full').speakers,
    ).toEqual([
      { name: 'Andrew M. "Fish" Popowich' },
      { name: 'Becky Hill' },
      { name: 'Cyndi Chadwick' },
    ]);
    expect(talk('Chaos Machine').description).toBe(
      'This customizable marble roller coaster is a\nperennial favorite. It serves as a metaphor for the\nopen source development process. The Chaos\nMachine is available all weekend for Penguicon\nattendees to tinker with!',
    );
  });

  it('gives start times only with the time zone of the conference', () => {
    const title =
      'FOSS on Wheels: How Autonomous Cars are Being Driven by Open-Source';
    expect(talk(title).startsAt).toBeUndefined();
    const local = parseSchedCsv(text, { timeZone: 'America/Detroit' });
    expect(local.talks.find(t => t.title === title)).toMatchObject({
      startsAt: '2019-05-03T20:00:00-04:00',
      endsAt: '2019-05-03T21:00:00-04:00',
    });
    expect(local.talks.every(t => t.startsAt)).toBe(true);
  });
});

describe('parseSchedCsv, quoting', () => {
  it('reads quoted commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const csv = [
      '\ufeffid,name,event_start,event_type,description,speakers,tags,url',
      '1,"Lightning: Say ""hi"", briefly",2026-05-01 10:00:00,Lightning Talks,"Line one,',
      '',
      'line two",Ana Lee,"Helm, GitOps",javascript:alert(1)',
      '2,,2026-05-02 10:00:00,Tech,no name,,,',
      '',
    ].join('\r\n');
    expect(parseSchedCsv(csv)).toEqual({
      conference: { startDate: '2026-05-01', endDate: '2026-05-01' },
      talks: [
        {
          sourceId: '1',
          title: 'Lightning: Say "hi", briefly',
          description: 'Line one,\n\nline two',
          speakers: [{ name: 'Ana Lee' }],
          type: 'lightning',
          track: 'Lightning Talks',
          tags: ['Helm', 'GitOps'],
        },
      ],
      skipped: [
        'Sched CSV: skipped 1 of 2 entries without a title, or inactive',
      ],
    });
  });

  it('reads a quoted field holding CRLF line breaks and quotes, rows ending in CR, and skips blank rows', () => {
    const csv = [
      'id,name,event_start,description',
      '1,"Argo ""CD""\r\nat scale",2026-05-01 10:00:00,"He said ""hi"",\r\nthen left"\r',
      ' , ,\t,\r\n2,Envoy,2026-05-01 11:00:00,"Line\rbreak"',
    ].join('\n');
    expect(parseSchedCsv(csv).talks.map(t => [t.title, t.description])).toEqual(
      [
        ['Argo "CD" at scale', 'He said "hi",\nthen left'],
        ['Envoy', 'Line\nbreak'],
      ],
    );
  });

  it('keeps a quote inside a field that does not start with one', () => {
    expect(parseSchedCsv('id,name\n1,The "Argo CD" way\n').talks[0].title).toBe(
      'The "Argo CD" way',
    );
  });

  it.each([
    ['', 'Sched CSV: expected a header row with a "name" column'],
    [
      'title,start\nA,B',
      'Sched CSV: expected a header row with a "name" column',
    ],
    [
      'name,event_start\n"Unclosed,2026-01-01',
      'Sched CSV: a quoted field is not closed',
    ],
    ['name,event_start\n', 'Sched CSV: no talks with a title found'],
  ])('rejects %j', (text, message) => {
    expect(() => parseSchedCsv(text)).toThrow(InputError);
    expect(() => parseSchedCsv(text)).toThrow(message);
  });
});
