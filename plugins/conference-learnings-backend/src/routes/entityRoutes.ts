import {
  linkCreatePermission,
  linkDeletePermission,
  parseCreateTalkLinkRequest,
  RankedTalk,
  RankedTalksPage,
  TALK_KIND,
} from '@conference-learnings/plugin-conference-learnings-common';
import { NotFoundError } from '@backstage/errors';
import { CatalogIndex } from '../catalogIndex/CatalogIndex';
import { IndexedEntity } from '../catalogIndex/indexedEntity';
import { LinkRecord } from '../database/ConferenceLearningsStore';
import { explainTechnologies, round } from '../ranking/rankTalks';
import { pageOf, parseEntityPath, parsePathOfKind } from './parameters';
import { RouteContext } from './RouteContext';
import { EntityTalksCache } from './EntityTalksCache';
import { pageWithTalksJson, sendJsonBytes } from './sendJson';
import { ApiRouter } from './types';

/** The page of an entity's ranked talks: its links first, then by score. */
function rankedTalksPage(
  context: RouteContext,
  inputs: {
    index: CatalogIndex;
    entityRef: string;
    entity: IndexedEntity;
    links: LinkRecord[];
    page: { offset: number; limit: number };
  },
): RankedTalksPage {
  const { index, entity, links, page } = inputs;
  const { interests, ranked, linkByTalkId, orphanedLinks } = context.rank(
    index,
    entity,
    links,
    page.offset + page.limit,
  );
  const items = ranked.items
    .slice(page.offset, page.offset + page.limit)
    .map(({ talkId, score }): RankedTalk => {
      const link = linkByTalkId.get(talkId);
      const technologyReasons = explainTechnologies(index, interests, talkId);
      return {
        talk: index.talks[talkId].summary,
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
  return {
    entityRef: inputs.entityRef,
    items,
    totalCount: ranked.totalCount,
    orphanedLinks: orphanedLinks.map(link => context.toTalkLink(index, link)),
  };
}

/** `/entities/{kind}/{namespace}/{name}/…`: the ranked talks of an entity, and its links. */
export function registerEntityRoutes(router: ApiRouter, context: RouteContext) {
  const { httpAuth, store } = context.options;

  const cache = new EntityTalksCache();

  router.get('/entities/:kind/:namespace/:name/talks', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entityRef = parseEntityPath(req.params);
    const page = pageOf(req.query);
    const abstracts = req.query.abstracts ?? false;
    const [index, access, links] = await Promise.all([
      context.options.index(),
      context.access(credentials),
      store.listLinksForEntity(entityRef),
    ]);
    const entity = await access.entity(index, entityRef);
    const json = cache.json(
      { entityRef, ...page, abstracts },
      { index, entity, links },
      () =>
        pageWithTalksJson(
          rankedTalksPage(context, { index, entityRef, entity, links, page }),
          { abstracts },
        ),
    );
    sendJsonBytes(res, json);
  });

  router.post('/entities/:kind/:namespace/:name/links', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const entityRef = parseEntityPath(req.params);
    const request = parseCreateTalkLinkRequest(req.body);
    await context.authorize(linkCreatePermission, credentials);
    const [index, access] = await Promise.all([
      context.options.index(),
      context.access(credentials),
    ]);
    await access.entity(index, entityRef);
    const talk = await context.talk(index, request.talkRef, credentials);
    const link = await store.createLink({
      entityRef,
      talkRef: talk.entityRef,
      note: request.note ?? undefined,
      actor: credentials.principal.userEntityRef,
    });
    res.status(201).json(context.toTalkLink(index, link, talk));
  });

  router.delete(
    '/entities/:kind/:namespace/:name/links/:talkNamespace/:talkName',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const entityRef = parseEntityPath(req.params);
      const talkRef = parsePathOfKind(TALK_KIND, {
        namespace: req.params.talkNamespace,
        name: req.params.talkName,
      });
      await context.authorize(linkDeletePermission, credentials);
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
}
