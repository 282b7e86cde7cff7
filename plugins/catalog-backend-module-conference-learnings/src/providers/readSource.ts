import { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { readFile } from 'fs/promises';
import { resolve as resolvePath } from 'path';

/** Where a provider reads from, as the catalog writes locations. */
export function sourceLocation(source: string): string {
  return /^https?:\/\//i.test(source)
    ? `url:${source}`
    : `file:${resolvePath(source)}`;
}

/**
 * Reads a provider's source as UTF-8 text: an http(s) URL through the `urlReader`
 * (so `backend.reading.allow` and integrations apply), anything else as a file path
 * relative to the backend's working directory. Gives up after `timeoutMs`.
 *
 * @throws ServiceUnavailableError when the source does not answer in time,
 * InputError when it is not UTF-8 text, and the reader's own errors otherwise.
 */
export async function readSource(
  source: string,
  options: { urlReader: UrlReaderService; timeoutMs: number },
): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new ServiceUnavailableError(
          `no complete answer within ${options.timeoutMs} ms`,
        ),
      );
    }, options.timeoutMs);
  });
  const read = async () => {
    if (/^https?:\/\//i.test(source)) {
      const response = await options.urlReader.readUrl(source, {
        signal: controller.signal,
      });
      return response.buffer();
    }
    return readFile(resolvePath(source), { signal: controller.signal });
  };
  try {
    const buffer = await Promise.race([read(), timeout]);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      throw new InputError('the source is not valid UTF-8 text');
    }
  } finally {
    clearTimeout(timer);
  }
}
