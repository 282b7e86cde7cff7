import { normaliseDateTime, parseDateRange } from './dates';

describe('normaliseDateTime', () => {
  it.each([
    ['2026-03-24T11:15:00+0100', undefined, '2026-03-24T11:15:00+01:00'],
    ['20260322T070000Z', undefined, '2026-03-22T07:00:00Z'],
    ['20260322T070000Z', 'Europe/Amsterdam', '2026-03-22T08:00:00+01:00'],
    ['2024-09-10 09:15', 'America/Los_Angeles', '2024-09-10T09:15:00-07:00'],
    // either side of the change to summer time in Amsterdam
    ['2026-03-29 01:30:00', 'Europe/Amsterdam', '2026-03-29T01:30:00+01:00'],
    ['2026-03-29 03:30:00', 'Europe/Amsterdam', '2026-03-29T03:30:00+02:00'],
    ['2024-11-20T09:00:00+05:30', 'Asia/Kolkata', '2024-11-20T09:00:00+05:30'],
    // the hour that the change to summer time skips is moved forward by it
    ['2026-03-29 02:30:00', 'Europe/Amsterdam', '2026-03-29T03:30:00+02:00'],
    // the hour that the change back repeats, read as the later one
    ['2026-10-25 02:30:00', 'Europe/Amsterdam', '2026-10-25T02:30:00+01:00'],
    ['2026-10-25 01:30:00', 'Europe/Amsterdam', '2026-10-25T01:30:00+02:00'],
    // instants either side of the change back, on the same wall clock
    ['2026-10-25T00:30:00Z', 'Europe/Amsterdam', '2026-10-25T02:30:00+02:00'],
    ['2026-10-25T01:30:00Z', 'Europe/Amsterdam', '2026-10-25T02:30:00+01:00'],
    ['2026-03-22T07:00:00+00:00', undefined, '2026-03-22T07:00:00+00:00'],
    ['2026-03-22T07:00:00Z', 'UTC', '2026-03-22T07:00:00+00:00'],
    // ISO 8601's end of a day
    ['2026-01-01T24:00:00Z', undefined, '2026-01-02T00:00:00Z'],
  ])('reads %s in %s as %s', (value, timeZone, expected) => {
    expect(normaliseDateTime(value, timeZone)?.dateTime).toBe(expected);
  });

  it('keeps the local day but no time when the zone is unknown', () => {
    expect(normaliseDateTime('2023-05-12T09:00:00')).toEqual({
      date: '2023-05-12',
    });
    expect(normaliseDateTime('2016-11-09', 'UTC')).toEqual({
      date: '2016-11-09',
    });
  });

  it.each([
    'tomorrow',
    '2026-02-30',
    '2026-13-01T10:00:00Z',
    '2026-01-01T25:00:00Z',
    '2026-01-01T10:60:00Z',
    42,
  ])('rejects %j', value => {
    expect(normaliseDateTime(value)).toBeUndefined();
  });
});

describe('parseDateRange', () => {
  it.each([
    ['March 22-27, 2026', { startDate: '2026-03-22', endDate: '2026-03-27' }],
    [
      'March 30 - April 2, 2026',
      { startDate: '2026-03-30', endDate: '2026-04-02' },
    ],
    ['Nov 12–15, 2024', { startDate: '2024-11-12', endDate: '2024-11-15' }],
    ['May 3, 2026', { startDate: '2026-05-03', endDate: '2026-05-03' }],
  ])('reads %s', (value, expected) => {
    expect(parseDateRange(value)).toEqual(expected);
  });

  it.each(['Spring 2026', 'March 27-22, 2026', 'Smarch 3, 2026', undefined])(
    'ignores %j',
    value => {
      expect(parseDateRange(value)).toBeUndefined();
    },
  );
});
