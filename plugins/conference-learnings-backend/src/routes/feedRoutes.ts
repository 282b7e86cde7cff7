import { NotFoundError } from '@backstage/errors';
import { CONFERENCE_KIND } from '@conference-learnings/plugin-conference-learnings-common';
import express from 'express';
import { CatalogIndex } from '../catalogIndex/CatalogIndex';
import { queryTalks } from '../catalogIndex/queryTalks';
import { atomFeed, AtomEntry } from '../feeds/atomFeed';
import {
  catalogPagePath,
  learningEntry,
  newestFirst,
  talkEntry,
} from '../feeds/feedEntries';
import { parseEntityPath, parsePathOfKind } from './parameters';
import { RouteContext } from './RouteContext';
import { ApiRouter } from './types';

/** Talks, and learnings, each feed holds at most. */
const FEED_TALKS = 20;
const FEED_LEARNINGS = 20;
/** A conference's talks whose learnings its feed looks at. */
const CONFERENCE_TALKS_FOR_LEARNINGS = 1000;

function sendAtom(res: express.Response, xml: string) {
  res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
  res.end(xml);
}

/**
 * `GET /entities/{kind}/{namespace}/{name}/feed` and
 * `GET /conferences/{namespace}/{name}/feed`: Atom feeds of new talks and
 * learnings, behind the same credentials as every route, for teams that pipe
 * feeds into chat. Entries link to the app's pages (`app.baseUrl`).
 */
export function registerFeedRoutes(router: ApiRouter, context: RouteContext) {
  const { httpAuth, store } = context.options;
  const appBaseUrl = (context.options.appBaseUrl ?? '').replace(/\/+$/, '');

  /** The newest learnings on the given talks, as entries. */
  async function learningEntries(index: CatalogIndex, talkRefs: string[]) {
    const { items } = await store.listLatestLearnings({
      talkRefs,
      limit: FEED_LEARNINGS,
    });
    return items.map(learning =>
      learningEntry(
        learning,
        index.getTalk(learning.talkRef)?.summary.title,
        appBaseUrl,
      ),
    );
  }

  function feed(ref: string, title: string, entries: AtomEntry[]) {
    const page = `${appBaseUrl}${catalogPagePath(ref)}`;
    return atomFeed({
      id: page,
      title,
      link: page,
      entries: newestFirst(entries),
    });
  }

  router.get('/entities/:kind/:namespace/:name/feed', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entityRef = parseEntityPath(req.params);
    const [index, access, links] = await Promise.all([
      context.options.index(),
      context.access(credentials),
      store.listLinksForEntity(entityRef),
    ]);
    const entity = await access.entity(index, entityRef);
    const { ranked, talkRefs } = context.relevantTalks(index, entity, links);
    const talks = ranked.items
      .slice(0, FEED_TALKS)
      .map(({ talkId }) => talkEntry(index.talks[talkId].summary, appBaseUrl));
    sendAtom(
      res,
      feed(entityRef, `Conference Learnings for ${entity.title}`, [
        ...talks,
        ...(await learningEntries(index, talkRefs)),
      ]),
    );
  });

  router.get('/conferences/:namespace/:name/feed', async (req, res) => {
    await httpAuth.credentials(req);
    const conferenceRef = parsePathOfKind(CONFERENCE_KIND, req.params);
    const index = await context.options.index();
    const { items, totalCount } = queryTalks(
      index,
      { conference: [conferenceRef] },
      { offset: 0, limit: CONFERENCE_TALKS_FOR_LEARNINGS },
    );
    if (totalCount === 0) {
      throw new NotFoundError(
        `No conference ${conferenceRef} with talks in the catalog`,
      );
    }
    const title = items[0].conferenceTitle ?? conferenceRef;
    sendAtom(
      res,
      feed(conferenceRef, `Conference Learnings: ${title}`, [
        ...items.slice(0, FEED_TALKS).map(talk => talkEntry(talk, appBaseUrl)),
        ...(await learningEntries(
          index,
          items.map(talk => talk.entityRef),
        )),
      ]),
    );
  });
}
