import { promises as fs } from 'node:fs';
import { InputError } from '@backstage/errors';
import { InvalidArgumentError } from 'commander';

/** Default time limit of fetching a URL source. */
export const DEFAULT_TIMEOUT_MS = 30_000;

const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Whether a source argument is a URL (`scheme://…`) rather than a file path. */
export function isUrl(source: string): boolean {
  return URL_PATTERN.test(source);
}

/**
 * The source as it may be shown or written down: a URL without its query and
 * fragment, which can hold credentials such as Sched's `api_key`; a path as given.
 */
export function displaySource(source: string): string {
  if (!isUrl(source)) return source;
  try {
    const url = new URL(source);
    const hidden = url.search || url.hash ? '?…' : '';
    url.username = '';
    url.password = '';
    return `${url.origin === 'null' ? url.protocol : url.origin}${
      url.pathname
    }${hidden}`;
  } catch {
    return source.replace(/[?#].*$/, '?…');
  }
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/**
 * Parses a duration such as `30s`, `1.5m`, `500ms` or `45` (seconds) into milliseconds;
 * a commander argument parser.
 */
export function parseDuration(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/i.exec(value);
  const amount = match ? Number(match[1]) : NaN;
  const unit = match?.[2]?.toLowerCase() ?? 's';
  const ms = amount * UNIT_MS[unit];
  if (!Number.isFinite(ms) || ms < 1 || ms > 2_147_483_647) {
    throw new InvalidArgumentError(
      'Expected a positive duration such as 30s, 2m or 500ms.',
    );
  }
  return Math.round(ms);
}

function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error && cause.message
      ? `${error.message}: ${cause.message}`
      : error.message;
  }
  return String(error);
}

/**
 * The bytes as UTF-8 text, a byte order mark kept; an `InputError` naming the source
 * when they are not UTF-8 (binary data, another encoding), rather than text with
 * replacement characters.
 */
function utf8Text(source: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes,
    );
  } catch {
    throw new InputError(`${source}: not valid UTF-8 text`);
  }
}

async function readLocalFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(`${file}: no such file`);
    }
    if (code === 'EISDIR') {
      throw new InputError(`${file}: is a directory, expected a file`);
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new InputError(`${file}: permission denied`);
    }
    throw new InputError(`${file}: could not be read (${errorText(error)})`);
  }
  return utf8Text(file, bytes);
}

async function readUrl(
  raw: string,
  options: ReadSourceOptions,
): Promise<string> {
  const source = displaySource(raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(`${source}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(
      `${source}: only http and https URLs can be fetched, not ${url.protocol}`,
    );
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = () =>
    new InputError(
      `${source}: no complete response within ${formatDuration(
        timeoutMs,
      )} (raise it with --timeout)`,
    );
  let response: Response;
  try {
    response = await options.fetch(url, { signal, redirect: 'follow' });
  } catch (error) {
    if (signal.aborted) {
      throw timedOut();
    }
    throw new InputError(`${source}: could not fetch (${errorText(error)})`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError(
      `${source}: the server answered HTTP ${response.status}${
        response.statusText ? ` ${response.statusText}` : ''
      }`,
    );
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (signal.aborted) {
      throw timedOut();
    }
    throw new InputError(
      `${source}: could not read the response (${errorText(error)})`,
    );
  }
  return utf8Text(source, new Uint8Array(bytes));
}

/** How {@link readSource} fetches URLs. */
export interface ReadSourceOptions {
  fetch: typeof fetch;
  /** Time limit of a URL's whole response, in milliseconds; 30 s by default. */
  timeoutMs?: number;
}

/**
 * Reads a file, or fetches an http(s) URL, as UTF-8 text. Every failure is an
 * `InputError` whose message starts with the source: a missing file, a non-2xx
 * response, a timeout, a URL of another scheme, bytes that are not UTF-8.
 */
export async function readSource(
  source: string,
  options: ReadSourceOptions,
): Promise<string> {
  return isUrl(source) ? readUrl(source, options) : readLocalFile(source);
}
