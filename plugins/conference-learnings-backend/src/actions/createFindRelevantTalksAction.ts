import { rankedTalkOutput, rankedTalkOutputSchema } from './actionOutputs';
import { ActionsOptions } from './ActionsOptions';
import { pagingInput } from './pagingInput';

/** `find-relevant-talks`: the entity tab's ranking, as the REST API serves it to the caller. */
export function createFindRelevantTalksAction(options: ActionsOptions) {
  options.actionsRegistry.register({
    name: 'find-relevant-talks',
    title: 'Find conference talks relevant to an entity',
    description: [
      'Lists the conference talks that matter to a catalog entity (a Component, API,',
      'Resource, System, Domain, Group, User or Technology), most relevant first: talks',
      'someone linked to it, then talks covering the technologies it uses. Each talk',
      'comes with its score and the reasons it is relevant.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Entity ref, e.g. component:default/shipment-tracker'),
          ...pagingInput(z, 10),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          totalCount: z.number(),
          talks: z.array(rankedTalkOutputSchema(z)),
        }),
    },
    action: async ({ input, credentials }) => {
      const page = await options
        .client(credentials)
        .getEntityTalks(input.entityRef, {
          limit: input.limit,
          offset: input.offset,
        });
      return {
        output: {
          entityRef: page.entityRef,
          totalCount: page.totalCount,
          talks: page.items.map(rankedTalkOutput),
        },
      };
    },
  });
}
