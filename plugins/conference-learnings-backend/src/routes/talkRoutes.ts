import { sendJsonText, talksPageJson } from './sendJson';
import {
  LearningsPage,
  learningCreatePermission,
  parseCreateLearningRequest,
  TALK_KIND,
} from '@conference-learnings/plugin-conference-learnings-common';
import { queryTalks } from '../catalogIndex/queryTalks';
import { pageOf, parsePathOfKind, parseTalkFilters } from './parameters';
import { RouteContext } from './RouteContext';
import { ApiRouter } from './types';

/** `/talks…`: talk search, the services a talk concerns, and its learnings. */
export function registerTalkRoutes(router: ApiRouter, context: RouteContext) {
  const { httpAuth, store } = context.options;

  router.get('/talks', async (req, res) => {
    await httpAuth.credentials(req);
    const filters = parseTalkFilters(req.query);
    sendJsonText(
      res,
      talksPageJson(
        queryTalks(await context.options.index(), filters, pageOf(req.query)),
      ),
    );
  });

  router.get('/talks/:namespace/:name/services', async (req, res) => {
    res.json(
      await context.technologyUsersPage(
        req,
        TALK_KIND,
        async (index, talkRef, credentials) =>
          (
            await context.talk(index, talkRef, credentials)
          ).technologyRefs,
      ),
    );
  });

  router.get('/talks/:namespace/:name/learnings', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const talkRef = parsePathOfKind(TALK_KIND, req.params);
    const index = await context.options.index();
    const result = await store.listLearningsForTalk(talkRef, pageOf(req.query));
    if (result.totalCount === 0) {
      await context.talk(index, talkRef, credentials); // 404 for unknown talks
    }
    const body: LearningsPage = {
      items: result.items.map(learning => context.toLearning(index, learning)),
      totalCount: result.totalCount,
    };
    res.json(body);
  });

  router.post('/talks/:namespace/:name/learnings', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const talkRef = parsePathOfKind(TALK_KIND, req.params);
    const request = parseCreateLearningRequest(req.body);
    await context.authorize(learningCreatePermission, credentials);
    const index = await context.options.index();
    const talk = await context.talk(index, talkRef, credentials);
    context.checkTechnologies(index, request.technologyRefs ?? []);
    const learning = await store.createLearning({
      talkRef: talk.entityRef,
      body: request.body,
      technologyRefs: request.technologyRefs ?? [],
      actor: credentials.principal.userEntityRef,
    });
    res.status(201).json(context.toLearning(index, learning, talk));
  });
}
