import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import express from 'express';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import {
  ConferenceLearningsBasicPermission,
  isTalkEntity,
  Learning,
  TalkLink,
  TalkSummary,
  TALK_KIND,
  TECHNOLOGY_KIND,
  TechnologyUsersPage,
} from '@conference-learnings/plugin-conference-learnings-common';
import { CatalogIndex } from '../catalogIndex/CatalogIndex';
import { entityInterests } from '../catalogIndex/entityInterests';
import { IndexedEntity } from '../catalogIndex/indexedEntity';
import { technologyUsers } from '../catalogIndex/technologyUsers';
import {
  ConferenceLearningsStore,
  LearningRecord,
  LinkRecord,
} from '../database/ConferenceLearningsStore';
import { LearningChangePolicy } from '../permissions/authorizeLearningChange';
import { LearningQuery } from '../permissions/rules';
import { topTalks } from '../ranking/rankTalks';
import { summarizeTalk } from '../talks/summarizeTalk';
import { CatalogReadAccess } from './CatalogReadAccess';
import { pageOf, parsePathOfKind } from './parameters';

/** How many of an entity's best-ranked talks count as relevant for its learnings. */
const MAX_RELEVANT_TALKS_FOR_LEARNINGS = 1000;

/** What the routes need; the plugin wires the real services, tests and benchmarks their own. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  userInfo: UserInfoService;
  store: ConferenceLearningsStore;
  /** The current catalog index (built on first use, refreshed on a schedule) */
  index: () => Promise<CatalogIndex>;
  /** Rules of the learning resource type, to apply conditional decisions */
  learningRuleset: PermissionRuleset<LearningRecord, LearningQuery>;
  changePolicy: LearningChangePolicy;
  /** The app's base URL (`app.baseUrl`), which feed entries link to; else they link to paths */
  appBaseUrl?: string;
}

/** What several routes do alike: authorization, lookups and the shapes of answers. */
export class RouteContext {
  constructor(readonly options: RouterOptions) {}

  /** Throws a 403 unless the policy allows the basic permission. */
  async authorize(
    permission: ConferenceLearningsBasicPermission,
    credentials: BackstageCredentials,
  ) {
    const [decision] = await this.options.permissions.authorize(
      [{ permission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  /** Which catalog entities the caller may read, decided once for the request. */
  access(credentials: BackstageCredentials): Promise<CatalogReadAccess> {
    return CatalogReadAccess.decide({
      permissions: this.options.permissions,
      catalog: this.options.catalog,
      credentials,
    });
  }

  /**
   * A page of the entities using the technologies of the path's Talk or
   * Technology, of those the caller may see (the `…/services` and `…/users`
   * routes): `technologyRefs` names them, given the path's ref.
   */
  async technologyUsersPage(
    req: express.Request<
      { namespace: string; name: string },
      TechnologyUsersPage,
      unknown,
      { limit?: number; offset?: number }
    >,
    kind: typeof TALK_KIND | typeof TECHNOLOGY_KIND,
    technologyRefs: (
      index: CatalogIndex,
      ref: string,
      credentials: BackstageCredentials,
    ) => string[] | Promise<string[]>,
  ): Promise<TechnologyUsersPage> {
    const credentials = await this.options.httpAuth.credentials(req);
    const ref = parsePathOfKind(kind, req.params);
    const page = pageOf(req.query);
    const [index, access] = await Promise.all([
      this.options.index(),
      this.access(credentials),
    ]);
    const users = technologyUsers(
      index,
      await technologyRefs(index, ref, credentials),
    );
    const visible = new Set(await access.visible(users.map(u => u.entityRef)));
    const shown = users.filter(user => visible.has(user.entityRef));
    return {
      items: shown.slice(page.offset, page.offset + page.limit),
      totalCount: shown.length,
    };
  }

  /** The talk from the index, else (indexed before it was added) from the catalog, or a 404. */
  async talk(
    index: CatalogIndex,
    talkRef: string,
    credentials: BackstageCredentials,
  ): Promise<TalkSummary> {
    const indexed = index.getTalk(talkRef);
    if (indexed) return indexed.summary;
    const entity = await this.options.catalog.getEntityByRef(talkRef, {
      credentials,
    });
    if (!entity || !isTalkEntity(entity)) {
      throw new NotFoundError(`No talk ${talkRef} in the catalog`);
    }
    return summarizeTalk(entity, { lookup: index.lookup }).summary;
  }

  /** Throws a 400 naming the refs that are no Technology in the catalog. */
  checkTechnologies(index: CatalogIndex, refs: string[]) {
    const unknown = refs.filter(ref => !index.getTechnology(ref)?.entity);
    if (unknown.length) {
      throw new InputError(`Unknown technology ${unknown.join(', ')}`);
    }
  }

  toTalkLink(
    index: CatalogIndex,
    link: LinkRecord,
    talk = index.getTalk(link.talkRef)?.summary,
  ): TalkLink {
    return {
      ...link,
      ...(talk ? { talk } : {}),
      orphaned: !talk || !index.hasEntity(link.entityRef),
    };
  }

  toLearning(
    index: CatalogIndex,
    learning: LearningRecord,
    talk = index.getTalk(learning.talkRef)?.summary,
  ): Learning {
    return {
      ...learning,
      ...(talk ? { talkTitle: talk.title } : {}),
      orphaned: !talk,
    };
  }

  /**
   * The talks that concern an entity, whose learnings it should hear of: its
   * links (to talks in the catalog or not) and its best-ranked talks, with the
   * ranking they came from.
   */
  relevantTalks(
    index: CatalogIndex,
    entity: IndexedEntity,
    links: LinkRecord[],
  ) {
    const ranking = this.rank(
      index,
      entity,
      links,
      MAX_RELEVANT_TALKS_FOR_LEARNINGS,
    );
    const talkRefs = [
      ...ranking.ranked.items.map(({ talkId }) => index.talks[talkId].ref),
      ...ranking.orphanedLinks.map(link => link.talkRef),
    ];
    return { ...ranking, talkRefs };
  }

  /** Ranks the talks of an entity, splitting off its links to talks that left the catalog. */
  rank(
    index: CatalogIndex,
    entity: IndexedEntity,
    links: LinkRecord[],
    top: number,
  ) {
    const linkByTalkId = new Map<number, LinkRecord>();
    const orphanedLinks: LinkRecord[] = [];
    for (const link of links) {
      const talk = index.getTalk(link.talkRef);
      if (talk) linkByTalkId.set(talk.id, link);
      else orphanedLinks.push(link);
    }
    const interests = entityInterests(index, entity);
    const ranked = topTalks(index, interests, linkByTalkId.keys(), top);
    return { interests, ranked, linkByTalkId, orphanedLinks };
  }
}
