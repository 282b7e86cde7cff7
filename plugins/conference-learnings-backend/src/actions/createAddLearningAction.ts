import {
  learningCreatePermission,
  MAX_LEARNING_LENGTH,
  MAX_LEARNING_TECHNOLOGIES,
} from '@conference-learnings/plugin-conference-learnings-common';
import { learningOutput, learningOutputSchema } from './actionOutputs';
import { ActionsOptions } from './ActionsOptions';

/** `add-talk-learning`: writes a learning on a talk as the caller. */
export function createAddLearningAction(options: ActionsOptions) {
  options.actionsRegistry.register({
    name: 'add-talk-learning',
    title: 'Add a learning to a talk',
    description: [
      'Writes a learning (a takeaway, in Markdown) on a conference talk, as the user',
      'the assistant acts for; it shows on the talk and on the pages of the entities',
      'the talk matters to.',
    ].join(' '),
    visibilityPermission: learningCreatePermission,
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          talkRef: z.string().describe('Talk ref'),
          body: z.string().min(1).max(MAX_LEARNING_LENGTH).describe('Markdown'),
          technologyRefs: z
            .array(z.string())
            .max(MAX_LEARNING_TECHNOLOGIES)
            .optional()
            .describe('Technologies the learning is about'),
        }),
      output: z => z.object({ learning: learningOutputSchema(z) }),
    },
    action: async ({ input, credentials }) => {
      const learning = await options
        .client(credentials)
        .createLearning(input.talkRef, {
          body: input.body,
          technologyRefs: input.technologyRefs ?? [],
        });
      return { output: { learning: learningOutput(learning) } };
    },
  });
}
