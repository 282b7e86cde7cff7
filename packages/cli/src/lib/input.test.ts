import * as path from 'node:path';
import { createTempDir, removeTempDirs } from '../__testUtils__/cli';
import { parseDuration, readInput } from './input';

afterAll(removeTempDirs);

const noFetch = async () => {
  throw new Error('no network in tests');
};

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['45', 45_000],
    ['1.5m', 90_000],
    ['500ms', 500],
    [' 2 S ', 2000],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '0', '-1s', '10h', 'soon', '0.1ms'])('rejects %j', text => {
    expect(() => parseDuration(text)).toThrow(/positive duration/);
  });
});

describe('readInput', () => {
  it('names the file when it cannot be read', async () => {
    const dir = createTempDir();
    await expect(readInput(dir, { fetch: noFetch })).rejects.toThrow(
      `${dir}: is a directory, expected a file`,
    );
    const missing = path.join(dir, 'nope.yaml');
    await expect(readInput(missing, { fetch: noFetch })).rejects.toThrow(
      `${missing}: no such file`,
    );
  });

  it('reports network failures with their cause, without the query', async () => {
    const failing = async () => {
      throw new TypeError('fetch failed', {
        cause: new Error('getaddrinfo ENOTFOUND example.invalid'),
      });
    };
    await expect(
      readInput('https://example.invalid/x?key=1', { fetch: failing }),
    ).rejects.toThrow(
      'https://example.invalid/x?…: could not fetch (fetch failed: getaddrinfo ENOTFOUND example.invalid)',
    );
  });
});
