import { InputError } from '@backstage/errors';
import { readSharedData } from './__testUtils__/sharedData';
import { parseJson } from './buildImport';
import { parseSchedJson } from './parseSchedJson';
import { parseSessionize } from './parseSessionize';
import { parseTalkArchive } from './parseTalkArchive';

const BOM = '\ufeff';

describe('hostile input: a UTF-8 byte order mark before JSON', () => {
  it.each([
    [
      'Sched JSON',
      'sample-sched-api-session-export.json',
      (text: string) => parseSchedJson(text, { timeZone: 'Europe/Amsterdam' }),
    ],
    [
      'Sessionize',
      'sample-sessionize.json',
      (text: string) => parseSessionize(text, { timeZone: 'Europe/Vienna' }),
    ],
    [
      'the talk archive',
      'cncf-security-talks-2016-2025-with-video.json',
      parseTalkArchive,
    ],
  ])(
    'is skipped by %s, which reads the file as without it',
    (_format, file, parse) => {
      const text = readSharedData(file);
      expect(parse(`${BOM}${text}`)).toEqual(parse(text));
    },
  );

  it('is skipped once only, and a file of nothing else is empty', () => {
    expect(parseJson('Sched JSON', `${BOM}{"a": 1}`)).toEqual({ a: 1 });
    const twice = () => parseJson('Sched JSON', `${BOM}${BOM}{"a": 1}`);
    expect(twice).toThrow(InputError);
    expect(twice).toThrow(/^Sched JSON: not valid JSON \(/);
    expect(() => parseJson('Sessionize', BOM)).toThrow(
      new InputError('Sessionize: the file is empty'),
    );
  });
});
