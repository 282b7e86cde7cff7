import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';

/** The first http(s) URL among the values. */
export function firstHttpUrl(values: unknown[]): string | undefined {
  for (const value of values) {
    const url = httpUrl(value);
    if (url) {
      return url;
    }
  }
  return undefined;
}
