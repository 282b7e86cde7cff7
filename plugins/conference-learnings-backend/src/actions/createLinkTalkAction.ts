import {
  linkCreatePermission,
  MAX_LINK_NOTE_LENGTH,
} from '@conference-learnings/plugin-conference-learnings-common';
import { ActionsOptions } from './ActionsOptions';

/** `link-talk-to-entity`: links a talk to an entity as the caller. */
export function createLinkTalkAction(options: ActionsOptions) {
  options.actionsRegistry.register({
    name: 'link-talk-to-entity',
    title: 'Link a talk to an entity',
    description: [
      "Links a conference talk to a catalog entity, so it heads the entity's",
      'relevant talks, with an optional note saying why.',
    ].join(' '),
    visibilityPermission: linkCreatePermission,
    attributes: { readOnly: false, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z.string().describe('Entity ref'),
          talkRef: z.string().describe('Talk ref'),
          note: z.string().max(MAX_LINK_NOTE_LENGTH).optional(),
        }),
      output: z =>
        z.object({
          linkId: z.string(),
          entityRef: z.string(),
          talkRef: z.string(),
          createdBy: z.string(),
        }),
    },
    action: async ({ input, credentials }) => {
      const link = await options.client(credentials).linkTalk(input.entityRef, {
        talkRef: input.talkRef,
        ...(input.note ? { note: input.note } : {}),
      });
      return {
        output: {
          linkId: link.id,
          entityRef: link.entityRef,
          talkRef: link.talkRef,
          createdBy: link.createdBy,
        },
      };
    },
  });
}
