import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import {
  ConferenceLearningsBasicPermission,
  isTalkEntity,
  Learning,
  LearningCounts,
  learningCreatePermission,
  learningDeletePermission,
  LearningsPage,
  learningUpdatePermission,
  linkCreatePermission,
  linkDeletePermission,
  parseCreateLearningRequest,
  parseCreateTalkLinkRequest,
  parseUpdateLearningRequest,
  RankedTalk,
  RankedTalksPage,
  TalkLink,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import express from 'express';
import { isUtf8 } from 'node:buffer';
import Router from 'express-promise-router';
import {
  ConferenceLearningsStore,
  LearningRecord,
  LinkRecord,
} from '../database/ConferenceLearningsStore';
import { CatalogIndex } from '../index/CatalogIndex';
import { queryTalks } from '../index/queryTalks';
import { queryTechnologies } from '../index/queryTechnologies';
import {
  authorizeLearningChange,
  LearningChangePolicy,
} from '../permissions/authorizeLearningChange';
import { LearningQuery } from '../permissions/rules';
import { entityInterests } from '../ranking/entityInterests';
import { explainTechnologies, round, topTalks } from '../ranking/rankTalks';
import { summarizeTalk } from './toTalkSummary';
import {
  checkQueryParameters,
  parseEntityPath,
  parseLearningCountsQuery,
  parseLearningId,
  parseLearningsQuery,
  parsePage,
  parsePageOnly,
  parseTalkFilters,
  parseTalkPath,
  parseTechnologyFilters,
} from './validation';

/** `GET /learnings?entity=` looks at the learnings of this many of the entity's best-ranked talks. */
const MAX_RELEVANT_TALKS_FOR_LEARNINGS = 1000;

/** What the router needs; the plugin wires the real services, tests and the benchmark their own. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  store: ConferenceLearningsStore;
  /** The current catalog index (built on first use, refreshed on a schedule) */
  index: () => Promise<CatalogIndex>;
  /** Rules of the learning resource type, to apply conditional decisions */
  learningRuleset: PermissionRuleset<LearningRecord, LearningQuery>;
  changePolicy: LearningChangePolicy;
}

/**
 * The REST API of Conference Learnings (`src/schema/openapi.yaml`). Every route,
 * `/health` included, needs user or service credentials; writes need a user. Reads are
 * served from the in-memory catalog index; the one catalog call a request may
 * make checks that the entity it names exists and is visible to the caller.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, catalog, store, changePolicy } = options;
  const router = Router();
  router.use(
    express.json({
      limit: '256kb',
      // Refuse what the parser would decode into U+FFFD silently.
      verify: (_req, _res, buffer, encoding) => {
        if (encoding.toLowerCase() === 'utf-8' && !isUtf8(buffer)) {
          // `status`: the parser would make this a 403 otherwise.
          throw Object.assign(
            new InputError('The request body is not valid UTF-8'),
            { status: 400 },
          );
        }
      },
    }),
  );

  /** The JSON body of a write; another content type is a 400 that says so. */
  const jsonBody = (req: express.Request): unknown => {
    if (req.is('application/json') === false) {
      throw new InputError(
        `Content-Type must be application/json, not ${
          req.headers['content-type'] ?? 'missing'
        }`,
      );
    }
    return req.body;
  };

  const authorize = async (
    permission: ConferenceLearningsBasicPermission,
    credentials: BackstageCredentials,
  ) => {
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  };

  /** The entity, as the caller may see it in the catalog, or a 404. */
  const getEntity = async (
    entityRef: string,
    credentials: BackstageCredentials,
  ) => {
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    return entity;
  };

  /** The talk from the index, else (indexed before it was added) from the catalog, or a 404. */
  const getTalk = async (
    index: CatalogIndex,
    talkRef: string,
    credentials: BackstageCredentials,
  ): Promise<TalkSummary> => {
    const indexed = index.getTalk(talkRef);
    if (indexed) return indexed.summary;
    const entity = await catalog.getEntityByRef(talkRef, { credentials });
    if (!entity || !isTalkEntity(entity)) {
      throw new NotFoundError(`No talk ${talkRef} in the catalog`);
    }
    return summarizeTalk(entity, { lookup: index.lookup }).summary;
  };

  const checkTechnologies = (index: CatalogIndex, refs: string[]) => {
    const unknown = refs.filter(ref => !index.getTechnology(ref)?.entity);
    if (unknown.length) {
      throw new InputError(`Unknown technology ${unknown.join(', ')}`);
    }
  };

  const toTalkLink = (
    index: CatalogIndex,
    link: LinkRecord,
    talk = index.getTalk(link.talkRef)?.summary,
  ): TalkLink => ({
    ...link,
    ...(talk ? { talk } : {}),
    orphaned: !talk || !index.hasEntity(link.entityRef),
  });

  const toLearning = (
    index: CatalogIndex,
    learning: LearningRecord,
    talk = index.getTalk(learning.talkRef)?.summary,
  ): Learning => ({
    ...learning,
    ...(talk ? { talkTitle: talk.title } : {}),
    orphaned: !talk,
  });

  /** Ranks the talks of an entity, splitting off links to talks that left the catalog. */
  const rank = async (
    index: CatalogIndex,
    entityRef: string,
    credentials: BackstageCredentials,
    top: number,
  ) => {
    const [entity, links] = await Promise.all([
      getEntity(entityRef, credentials),
      store.listLinksForEntity(entityRef),
    ]);
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
  };

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/talks', async (req, res) => {
    await httpAuth.credentials(req);
    const filters = parseTalkFilters(req.query);
    const page = parsePage(req.query);
    res.json(queryTalks(await options.index(), filters, page));
  });

  router.get('/technologies', async (req, res) => {
    await httpAuth.credentials(req);
    const filters = parseTechnologyFilters(req.query);
    const page = parsePage(req.query);
    res.json(queryTechnologies(await options.index(), filters, page));
  });

  router.get('/entities/:kind/:namespace/:name/talks', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { entityRef } = parseEntityPath(req.params);
    const page = parsePageOnly(req.query);
    const index = await options.index();
    const { interests, ranked, linkByTalkId, orphanedLinks } = await rank(
      index,
      entityRef,
      credentials,
      page.offset + page.limit,
    );
    const items = ranked.items
      .slice(page.offset, page.offset + page.limit)
      .map(({ talkId, score }): RankedTalk => {
        const talk = index.talks[talkId].summary;
        const link = linkByTalkId.get(talkId);
        const technologyReasons = explainTechnologies(index, interests, talkId);
        return {
          talk,
          score: round(score),
          reasons: link
            ? [
                {
                  type: 'link',
                  linkId: link.id,
                  ...(link.note ? { note: link.note } : {}),
                  createdBy: link.createdBy,
                  createdAt: link.createdAt,
                },
                ...technologyReasons,
              ]
            : technologyReasons,
          // The link without its talk: that is the item's `talk`.
          ...(link ? { link: { ...link, orphaned: false } } : {}),
        };
      });
    const body: RankedTalksPage = {
      entityRef,
      items,
      totalCount: ranked.totalCount,
      orphanedLinks: orphanedLinks.map(link => toTalkLink(index, link)),
    };
    res.json(body);
  });

  router.post('/entities/:kind/:namespace/:name/links', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { entityRef } = parseEntityPath(req.params);
    checkQueryParameters(req.query, []);
    const request = parseCreateTalkLinkRequest(jsonBody(req));
    await authorize(linkCreatePermission, credentials);
    const index = await options.index();
    await getEntity(entityRef, credentials);
    const talk = await getTalk(index, request.talkRef, credentials);
    const link = await store.createLink({
      entityRef,
      talkRef: talk.entityRef,
      note: request.note,
      actor: credentials.principal.userEntityRef,
    });
    res.status(201).json(toTalkLink(index, link, talk));
  });

  router.delete(
    '/entities/:kind/:namespace/:name/links/:talkNamespace/:talkName',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const { entityRef } = parseEntityPath(req.params);
      const talkRef = parseTalkPath({
        namespace: req.params.talkNamespace,
        name: req.params.talkName,
      });
      checkQueryParameters(req.query, []);
      await authorize(linkDeletePermission, credentials);
      const deleted = await store.deleteLink(
        entityRef,
        talkRef,
        credentials.principal.userEntityRef,
      );
      if (!deleted) {
        throw new NotFoundError(`${talkRef} is not linked to ${entityRef}`);
      }
      res.status(204).end();
    },
  );

  router.get('/talks/:namespace/:name/learnings', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const talkRef = parseTalkPath(req.params);
    const page = parsePageOnly(req.query);
    const index = await options.index();
    const result = await store.listLearningsForTalk(talkRef, page);
    if (result.totalCount === 0) {
      await getTalk(index, talkRef, credentials); // 404 for unknown talks
    }
    const body: LearningsPage = {
      items: result.items.map(learning => toLearning(index, learning)),
      totalCount: result.totalCount,
    };
    res.json(body);
  });

  router.post('/talks/:namespace/:name/learnings', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const talkRef = parseTalkPath(req.params);
    checkQueryParameters(req.query, []);
    const request = parseCreateLearningRequest(jsonBody(req));
    await authorize(learningCreatePermission, credentials);
    const index = await options.index();
    const talk = await getTalk(index, talkRef, credentials);
    checkTechnologies(index, request.technologyRefs ?? []);
    const learning = await store.createLearning({
      talkRef: talk.entityRef,
      body: request.body,
      technologyRefs: request.technologyRefs ?? [],
      actor: credentials.principal.userEntityRef,
    });
    res.status(201).json(toLearning(index, learning, talk));
  });

  router.patch('/learnings/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const id = parseLearningId(req.params.id);
    checkQueryParameters(req.query, []);
    const request = parseUpdateLearningRequest(jsonBody(req));
    const learning = await store.getLearning(id);
    if (!learning) throw new NotFoundError(`No learning ${id}`);
    await authorizeLearningChange({
      permissions,
      credentials,
      permission: learningUpdatePermission,
      learning,
      ruleset: options.learningRuleset,
      changePolicy,
    });
    const index = await options.index();
    if (request.technologyRefs)
      checkTechnologies(index, request.technologyRefs);
    const updated = await store.updateLearning(
      id,
      request,
      credentials.principal.userEntityRef,
    );
    if (!updated) throw new NotFoundError(`No learning ${id}`);
    res.json(toLearning(index, updated));
  });

  router.delete('/learnings/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const id = parseLearningId(req.params.id);
    checkQueryParameters(req.query, []);
    const learning = await store.getLearning(id);
    if (!learning) throw new NotFoundError(`No learning ${id}`);
    await authorizeLearningChange({
      permissions,
      credentials,
      permission: learningDeletePermission,
      learning,
      ruleset: options.learningRuleset,
      changePolicy,
    });
    if (
      !(await store.deleteLearning(
        learning,
        credentials.principal.userEntityRef,
      ))
    ) {
      throw new NotFoundError(`No learning ${id}`);
    }
    res.status(204).end();
  });

  router.get('/learnings/counts', async (req, res) => {
    await httpAuth.credentials(req);
    const talkRefs = parseLearningCountsQuery(req.query);
    const counts = await store.countLearningsByTalk(talkRefs);
    const body: LearningCounts = { counts: Object.fromEntries(counts) };
    res.json(body);
  });

  router.get('/learnings', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { entityRef, limit, offset } = parseLearningsQuery(req.query);
    const index = await options.index();
    let talkRefs: string[] | undefined;
    if (entityRef) {
      const { ranked, orphanedLinks } = await rank(
        index,
        entityRef,
        credentials,
        MAX_RELEVANT_TALKS_FOR_LEARNINGS,
      );
      talkRefs = [
        ...ranked.items.map(({ talkId }) => index.talks[talkId].ref),
        ...orphanedLinks.map(link => link.talkRef),
      ];
    }
    const result = await store.listLatestLearnings({ talkRefs, limit, offset });
    const body: LearningsPage = {
      items: result.items.map(learning => toLearning(index, learning)),
      totalCount: result.totalCount,
    };
    res.json(body);
  });

  return router;
}
