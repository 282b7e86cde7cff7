import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { LearningsPage } from '@conference-learnings/plugin-conference-learnings-common';

/** Where the collator gets the learnings that make a talk findable by its takeaways. @public */
export interface LearningsReader {
  /** The text of every learning, by the full ref of its talk. */
  readLearnings(): Promise<Map<string, string[]>>;
}

const PAGE_SIZE = 100;

/**
 * Reads every learning from the Conference Learnings backend
 * (`GET /api/conference-learnings/learnings`, newest first, page by page) with the
 * search plugin's own service credentials. Learnings are few next to talks, so the
 * collator holds their text while it streams the talks.
 * @public
 */
export class BackendLearningsReader implements LearningsReader {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async readLearnings(): Promise<Map<string, string[]>> {
    const { discovery, auth } = this.deps;
    const baseUrl = await discovery.getBaseUrl('conference-learnings');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'conference-learnings',
    });
    const byTalk = new Map<string, string[]>();
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const response = await fetch(
        `${baseUrl}/learnings?limit=${PAGE_SIZE}&offset=${offset}`,
        { headers: { Authorization: `Bearer ${token}` } },
      );
      if (!response.ok) {
        throw await ResponseError.fromResponse(response);
      }
      const page = (await response.json()) as LearningsPage;
      for (const learning of page.items) {
        const texts = byTalk.get(learning.talkRef) ?? [];
        texts.push(learning.body);
        byTalk.set(learning.talkRef, texts);
      }
      if (
        page.items.length < PAGE_SIZE ||
        offset + PAGE_SIZE >= page.totalCount
      ) {
        return byTalk;
      }
    }
  }
}
