import {
  fetchUrlReader,
  readSource,
} from '@conference-learnings/plugin-conference-learnings-node';
import { InvalidArgumentError } from 'commander';

/** Default time limit of reading a URL source. */
export const DEFAULT_TIMEOUT_MS = 30_000;

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

/** How the CLI reads its inputs. */
export interface InputOptions {
  fetch: typeof fetch;
  /** Time limit of a URL's whole response, in milliseconds; 30 s by default. */
  timeoutMs?: number;
}

/**
 * Reads a file, or fetches an http(s) URL, as UTF-8 text with the shared
 * `readSource` of the catalog module: every failure is an error whose message
 * starts with the source (a missing file, a non-2xx response, a timeout, a URL of
 * another scheme, bytes that are not UTF-8).
 */
export function readInput(
  source: string,
  options: InputOptions,
): Promise<string> {
  return readSource(source, {
    readUrl: fetchUrlReader(options.fetch),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    timeoutHint: 'raise it with --timeout',
  });
}
