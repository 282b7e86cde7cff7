import { learningOutput, learningOutputSchema } from './actionOutputs';
import { ActionsOptions } from './ActionsOptions';
import { pagingInput } from './pagingInput';

/** `list-talk-learnings`: what people wrote down from a talk, newest first. */
export function createListTalkLearningsAction(options: ActionsOptions) {
  options.actionsRegistry.register({
    name: 'list-talk-learnings',
    title: 'List the learnings on a talk',
    description:
      'Lists the learnings (takeaways people wrote down) on one conference talk, newest first.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          talkRef: z
            .string()
            .describe(
              'Talk ref, e.g. talk:default/kubecon-eu-2024-opening-keynote',
            ),
          ...pagingInput(z, 20),
        }),
      output: z =>
        z.object({
          totalCount: z.number(),
          learnings: z.array(learningOutputSchema(z)),
        }),
    },
    action: async ({ input, credentials }) => {
      const page = await options
        .client(credentials)
        .listTalkLearnings(input.talkRef, {
          limit: input.limit,
          offset: input.offset,
        });
      return {
        output: {
          totalCount: page.totalCount,
          learnings: page.items.map(learningOutput),
        },
      };
    },
  });
}
