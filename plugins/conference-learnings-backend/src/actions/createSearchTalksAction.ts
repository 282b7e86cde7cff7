import { talkOutput, talkOutputSchema } from './actionOutputs';
import { ActionsOptions } from './ActionsOptions';
import { pagingInput } from './pagingInput';

/** `search-conference-talks`: the Talks tab's search (`GET /talks`). */
export function createSearchTalksAction(options: ActionsOptions) {
  options.actionsRegistry.register({
    name: 'search-conference-talks',
    title: 'Search conference talks',
    description: [
      'Searches the conference talks in the catalog by words (all must occur in the',
      'title, abstract, speakers, track or technology names) and by technology,',
      'conference and year.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          query: z.string().optional().describe('Words to search for'),
          technologies: z
            .array(z.string())
            .optional()
            .describe('Technology refs or names, e.g. technology:default/argo'),
          conferences: z.array(z.string()).optional(),
          years: z.array(z.number().int()).optional(),
          ...pagingInput(z, 10),
        }),
      output: z =>
        z.object({
          totalCount: z.number(),
          talks: z.array(talkOutputSchema(z)),
        }),
    },
    action: async ({ input, credentials }) => {
      const page = await options.client(credentials).listTalks({
        ...(input.query ? { q: input.query } : {}),
        ...(input.technologies ? { technology: input.technologies } : {}),
        ...(input.conferences ? { conference: input.conferences } : {}),
        ...(input.years ? { year: input.years } : {}),
        limit: input.limit,
        offset: input.offset,
      });
      return {
        output: {
          totalCount: page.totalCount,
          talks: page.items.map(talkOutput),
        },
      };
    },
  });
}
