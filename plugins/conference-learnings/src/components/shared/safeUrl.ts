import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';

/**
 * The URL to put in an `href`: only an absolute http(s) URL (the shared `httpUrl`
 * check that importers apply too), normalised so that quotes and spaces are
 * percent-encoded.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  const valid = httpUrl(url);
  return valid && new URL(valid).toString();
}
