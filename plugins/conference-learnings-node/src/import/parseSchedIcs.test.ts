import { InputError } from '@backstage/errors';
import { readSharedData, SCRIPT_URL } from './__testUtils__/sharedData';
import { parseSchedIcs } from './parseSchedIcs';

const ICS = 'sample-sched.ics';

/** Folds lines longer than 75 characters as RFC 5545 asks (CRLF and a space). */
function fold(text: string): string {
  return text
    .split('\r\n')
    .map(line => {
      const parts: string[] = [];
      let rest = line;
      while (rest.length > 75) {
        const cut = /[\ud800-\udbff]/.test(rest[74]) ? 74 : 75;
        parts.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      return [...parts, rest].join('\r\n ');
    })
    .join('\r\n');
}

const SKYSCANNER_UID = '3744130f8166538a8106cd12790a3883';

describe('parseSchedIcs (KubeCon EU 2026 all.ics)', () => {
  const text = readSharedData(ICS);
  const schedule = parseSchedIcs(text);
  const skyscanner = () =>
    schedule.talks.find(t => t.sourceId === SKYSCANNER_UID)!;

  it('reads every event and names the conference after the PRODID', () => {
    expect(schedule.talks).toHaveLength(596);
    expect(schedule.conference).toEqual({
      title: 'KubeCon + CloudNativeCon Europe 2026',
      startDate: '2026-03-22',
      endDate: '2026-03-27',
    });
  });

  it('unescapes text and decodes entities', () => {
    expect(skyscanner()).toMatchObject({
      // the feed has no speaker list: the title keeps its speakers
      title:
        'From NLB Sprawl To Mesh Efficiency: How Skyscanner Handles 60M Requests Per Minute With Istio - John Clark, Skyscanner & Steven Thwaites, Solo.io',
      speakers: [],
      startsAt: '2026-03-24T10:15:00Z',
      type: 'session',
      track: 'CONNECTIVITY',
      schedule: `http://kccnceu2026.sched.com/event/${SKYSCANNER_UID}`,
    });
    expect(skyscanner().description).toMatch(
      /^At Skyscanner scale, every architecture choice carries cost and ops impact\. Running dozens of Kubernetes clusters and >60M req\/min, we were stuck/,
    );
    expect(skyscanner().description).toContain(
      'in favor of pod-to-pod multicluster for east-west traffic; added gateways',
    );
    expect(skyscanner().description).toContain(
      'Challenges & risks:\nNLB sprawl and the associated\nImplementing Istio Multiclsuter',
    );
    expect(
      schedule.talks.some(t => /&nbsp;|\\[,;n]/.test(t.description ?? '')),
    ).toBe(false);
  });

  it('reads folded lines back whole', () => {
    const folded = fold(text);
    expect(folded.split('\r\n ').length).toBeGreaterThan(5000);
    const refolded = parseSchedIcs(folded);
    expect(refolded).toEqual(schedule);
    const description = refolded.talks.find(t => t.sourceId === SKYSCANNER_UID)!
      .description!;
    expect(description.length).toBeGreaterThan(10 * 75);
    expect(description).toMatch(
      /Maintaining peak-time performance while shifting traffic$/,
    );
  });

  it('renders UTC times in the conference time zone when given one', () => {
    const local = parseSchedIcs(text, { timeZone: 'Europe/Amsterdam' });
    expect(local.talks.find(t => t.sourceId === SKYSCANNER_UID)?.startsAt).toBe(
      '2026-03-24T11:15:00+01:00',
    );
  });
});

describe('parseSchedIcs, other calendars', () => {
  const calendar = (...event: string[]) =>
    [
      'BEGIN:VCALENDAR',
      'X-WR-CALNAME:DevConf',
      'BEGIN:VEVENT',
      ...event,
      'BEGIN:VALARM',
      'DESCRIPTION:Reminder',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');

  it('reads TZID, floating and all-day times', () => {
    const zoned = parseSchedIcs(
      calendar(
        'SUMMARY:Keynote',
        'DTSTART;TZID="Europe/Berlin":20260701T093000',
        'DTEND;TZID=Europe/Berlin:20260701T100000',
      ),
    );
    expect(zoned.talks[0]).toMatchObject({
      title: 'Keynote',
      type: 'keynote',
      startsAt: '2026-07-01T09:30:00+02:00',
      endsAt: '2026-07-01T10:00:00+02:00',
    });
    expect(zoned.talks[0].description).toBeUndefined();
    expect(zoned.conference).toEqual({
      title: 'DevConf',
      startDate: '2026-07-01',
      endDate: '2026-07-01',
    });

    const floating = calendar('SUMMARY:Talk', 'DTSTART:20261101T090000');
    expect(parseSchedIcs(floating).talks[0].startsAt).toBeUndefined();
    expect(parseSchedIcs(floating).conference.startDate).toBe('2026-11-01');
    expect(
      parseSchedIcs(floating, { timeZone: 'America/New_York' }).talks[0]
        .startsAt,
    ).toBe('2026-11-01T09:00:00-05:00');
    expect(
      parseSchedIcs(calendar('SUMMARY:Day', 'DTSTART;VALUE=DATE:20261102'))
        .conference,
    ).toMatchObject({ startDate: '2026-11-02' });
  });

  it('joins a line folded inside multi-byte characters', () => {
    const title = 'Café ☕ Kubernetes 日本語 🚀 Ärger';
    // a fold after every code unit, also between the two halves of 🚀
    const folded = `SUMMARY:${title}`.split('').join('\r\n ');
    expect(
      parseSchedIcs(calendar(folded, 'DTSTART:20260324T080000Z')).talks[0]
        .title,
    ).toBe(title);
  });

  it('unescapes commas in the track and the calendar name', () => {
    const schedule = parseSchedIcs(
      calendar('SUMMARY:Talk', 'CATEGORIES:Ops\\, Security,Other').replace(
        'X-WR-CALNAME:DevConf',
        'X-WR-CALNAME:Dev\\, Conf',
      ),
    );
    expect(schedule.talks[0].track).toBe('Ops, Security');
    expect(schedule.conference.title).toBe('Dev, Conf');
  });

  it('skips lines that are no content lines, and reads an event left open at the end', () => {
    const schedule = parseSchedIcs(
      [
        'END:VEVENT',
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'SUMMARY:First',
        'no colon here',
        'DTSTART;TZID="Europe/Berlin:20260701T093000',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'SUMMARY:Cut short',
        'DTSTART:20260702T080000Z',
      ].join('\r\n'),
    );
    expect(schedule.talks.map(t => [t.title, t.startsAt])).toEqual([
      ['First', undefined],
      ['Cut short', '2026-07-02T08:00:00Z'],
    ]);
  });

  it('keeps only http(s) URLs', () => {
    for (const url of [SCRIPT_URL, '/event/1', 'mailto:a@b.example']) {
      expect(
        parseSchedIcs(calendar('SUMMARY:Talk', `URL:${url}`)).talks[0].schedule,
      ).toBeUndefined();
    }
  });

  it.each([
    ['', 'Sched ICS: expected an iCalendar file starting with BEGIN:VCALENDAR'],
    [
      '<html></html>',
      'Sched ICS: expected an iCalendar file starting with BEGIN:VCALENDAR',
    ],
    [
      'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      'Sched ICS: no talks with a title found',
    ],
    [
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:\nEND:VEVENT\nEND:VCALENDAR',
      'Sched ICS: no talks with a title found',
    ],
  ])('rejects %j', (text, message) => {
    expect(() => parseSchedIcs(text)).toThrow(InputError);
    expect(() => parseSchedIcs(text)).toThrow(message);
  });
});
