import { MAX_PAGE_LIMIT } from '@conference-learnings/plugin-conference-learnings-common';
import { Zod } from './ActionsOptions';

/** The `limit` and `offset` input fields of an action that pages, as the API takes them. */
export function pagingInput(zod: Zod, defaultLimit: number) {
  return {
    limit: zod
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_LIMIT)
      .default(defaultLimit)
      .describe('How many to return'),
    offset: zod.number().int().min(0).default(0).describe('How many to skip'),
  };
}
