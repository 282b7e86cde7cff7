import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';

const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Whether a source is a URL (`scheme://…`) rather than a file path. @public */
export function isUrl(source: string): boolean {
  return URL_PATTERN.test(source);
}

/**
 * The source as it may be shown or logged: a URL without its query and fragment,
 * which can hold credentials such as Sched's `api_key`, and without user and
 * password; a path as given.
 * @public
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

/** Where a provider or the CLI reads a source from, as the catalog writes locations. @public */
export function sourceLocation(source: string): string {
  return isUrl(source) ? `url:${source}` : `file:${resolvePath(source)}`;
}

/**
 * Reads the bytes of an http(s) URL, giving up when `signal` aborts. The catalog
 * module reads through the backend's `UrlReaderService` (so `backend.reading.allow`
 * and integrations apply); the CLI with `fetch` ({@link fetchUrlReader}).
 * @public
 */
export type UrlBytesReader = (
  url: URL,
  signal: AbortSignal,
) => Promise<Uint8Array>;

/** How {@link readSource} reads. @public */
export interface ReadSourceOptions {
  readUrl: UrlBytesReader;
  /** Time limit of the whole read, in milliseconds. */
  timeoutMs: number;
  /** Said after a timeout, e.g. `raise it with --timeout`. */
  timeoutHint?: string;
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

function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/**
 * The bytes as UTF-8 text, a byte order mark kept; an `InputError` naming the
 * source when they are not UTF-8 (binary data, another encoding), rather than
 * text with replacement characters.
 */
function utf8Text(shown: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes,
    );
  } catch {
    throw new InputError(`${shown}: not valid UTF-8 text`);
  }
}

async function readLocalFile(file: string, signal: AbortSignal) {
  try {
    return await readFile(resolvePath(file), { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why: Record<string, string> = {
      ENOENT: 'no such file',
      EISDIR: 'is a directory, expected a file',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
    };
    throw new InputError(
      `${file}: ${
        (code && why[code]) ?? `could not be read (${errorText(error)})`
      }`,
    );
  }
}

function parseHttpUrl(source: string, shown: string): URL {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw new InputError(`${shown}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(
      `${shown}: only http and https URLs can be read, not ${url.protocol}`,
    );
  }
  return url;
}

/**
 * Reads a source, an http(s) URL or a file path (relative to the working
 * directory), as UTF-8 text within `timeoutMs`; the read is aborted when the time
 * is up. Every failure names the source as {@link displaySource} shows it:
 *
 * @throws InputError for a missing or unreadable file, a URL of another scheme,
 * an error answer, or bytes that are not UTF-8; ServiceUnavailableError when the
 * source gives no complete answer in time or cannot be reached.
 * @public
 */
export async function readSource(
  source: string,
  options: ReadSourceOptions,
): Promise<string> {
  const shown = displaySource(source);
  const signal = AbortSignal.timeout(options.timeoutMs);
  let bytes: Uint8Array;
  try {
    bytes = isUrl(source)
      ? await options.readUrl(parseHttpUrl(source, shown), signal)
      : await readLocalFile(source, signal);
  } catch (error) {
    if (signal.aborted) {
      const hint = options.timeoutHint ? ` (${options.timeoutHint})` : '';
      throw new ServiceUnavailableError(
        `${shown}: no complete response within ${formatDuration(
          options.timeoutMs,
        )}${hint}`,
      );
    }
    if (
      error instanceof InputError ||
      error instanceof ServiceUnavailableError
    ) {
      throw error;
    }
    throw new ServiceUnavailableError(
      `${shown}: could not be read (${errorText(error)})`,
    );
  }
  return utf8Text(shown, bytes);
}

/**
 * A {@link UrlBytesReader} over `fetch` that follows redirects and refuses
 * answers other than 2xx with an `InputError` naming the status.
 * @public
 */
export function fetchUrlReader(fetchFn: typeof fetch): UrlBytesReader {
  return async (url, signal) => {
    const shown = displaySource(url.toString());
    let response: Response;
    try {
      response = await fetchFn(url, { signal, redirect: 'follow' });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new ServiceUnavailableError(
        `${shown}: could not fetch (${errorText(error)})`,
      );
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError(
        `${shown}: the server answered HTTP ${response.status}${
          response.statusText ? ` ${response.statusText}` : ''
        }`,
      );
    }
    return new Uint8Array(await response.arrayBuffer());
  };
}
