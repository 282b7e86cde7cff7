import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  displaySource,
  fetchUrlReader,
  isUrl,
  readSource,
  sourceLocation,
} from './readSource';

const noUrls = async () => {
  throw new Error('no network in tests');
};

describe('displaySource', () => {
  it('hides the query, fragment and credentials of URLs, and leaves paths alone', () => {
    expect(
      displaySource(
        'https://user:pw@x.sched.com/api/session/export?api_key=k&format=json',
      ),
    ).toBe('https://x.sched.com/api/session/export?…');
    expect(displaySource('https://example.org/a.ics')).toBe(
      'https://example.org/a.ics',
    );
    expect(displaySource('data/with?question.json')).toBe(
      'data/with?question.json',
    );
    expect(isUrl('C:\\data\\x.json')).toBe(false);
    expect(isUrl('HTTPS://example.org')).toBe(true);
  });
});

describe('readSource', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-source-'));

  it('reads a file as UTF-8 text, keeping a byte order mark', async () => {
    const file = join(dir, 'talks.yaml');
    writeFileSync(file, '\ufeffkind: Talk\n');
    await expect(
      readSource(file, { readUrl: noUrls, timeoutMs: 1000 }),
    ).resolves.toBe('\ufeffkind: Talk\n');
    expect(sourceLocation(file)).toBe(`file:${file}`);
  });

  it('names the file when it is missing, a directory or not UTF-8', async () => {
    const missing = join(dir, 'nope.yaml');
    await expect(
      readSource(missing, { readUrl: noUrls, timeoutMs: 1000 }),
    ).rejects.toThrow(new InputError(`${missing}: no such file`));
    await expect(
      readSource(dir, { readUrl: noUrls, timeoutMs: 1000 }),
    ).rejects.toThrow(`${dir}: is a directory, expected a file`);
    const binary = join(dir, 'binary.json');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x81]));
    await expect(
      readSource(binary, { readUrl: noUrls, timeoutMs: 1000 }),
    ).rejects.toThrow(`${binary}: not valid UTF-8 text`);
  });

  it('refuses URLs of other schemes before reading anything', async () => {
    const readUrl = jest.fn(noUrls);
    await expect(
      readSource('ftp://example.org/a.json', { readUrl, timeoutMs: 1000 }),
    ).rejects.toThrow('only http and https URLs can be read, not ftp:');
    expect(readUrl).not.toHaveBeenCalled();
  });

  it('gives up when a URL does not answer in time, aborting the read, without the query', async () => {
    let aborted = false;
    const readUrl = (_url: URL, signal: AbortSignal) =>
      new Promise<Uint8Array>((_, reject) => {
        signal.addEventListener('abort', () => {
          aborted = true;
          reject(signal.reason);
        });
      });
    const read = readSource('https://sched.example/export?api_key=secret', {
      readUrl,
      timeoutMs: 50,
      timeoutHint: 'raise it with --timeout',
    });
    await expect(read).rejects.toThrow(
      new ServiceUnavailableError(
        'https://sched.example/export?…: no complete response within 50ms (raise it with --timeout)',
      ),
    );
    expect(aborted).toBe(true);
  });

  it('reports network failures with their cause, without the query', async () => {
    const failing = async () => {
      throw new TypeError('fetch failed', {
        cause: new Error('getaddrinfo ENOTFOUND example.invalid'),
      });
    };
    await expect(
      readSource('https://example.invalid/x?key=1', {
        readUrl: fetchUrlReader(failing),
        timeoutMs: 1000,
      }),
    ).rejects.toThrow(
      'https://example.invalid/x?…: could not fetch (fetch failed: getaddrinfo ENOTFOUND example.invalid)',
    );
  });

  it('names the status of an error answer', async () => {
    const notFound = async () =>
      new Response('gone', { status: 404, statusText: 'Not Found' });
    await expect(
      readSource('https://example.org/missing', {
        readUrl: fetchUrlReader(notFound),
        timeoutMs: 1000,
      }),
    ).rejects.toThrow(
      'https://example.org/missing: the server answered HTTP 404 Not Found',
    );
  });
});
