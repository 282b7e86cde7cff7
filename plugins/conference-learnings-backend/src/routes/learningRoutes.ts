import { NotFoundError } from '@backstage/errors';
import {
  LearningCounts,
  learningDeletePermission,
  LearningsPage,
  learningUpdatePermission,
  parseUpdateLearningRequest,
} from '@conference-learnings/plugin-conference-learnings-common';
import { authorizeLearningChange } from '../permissions/authorizeLearningChange';
import { pageOf, parseEntityParameter, parseTalkRefs } from './parameters';
import { RouteContext } from './RouteContext';
import { ApiRouter } from './types';

/** `/learnings…`: the latest learnings, counts per talk, and changing one. */
export function registerLearningRoutes(
  router: ApiRouter,
  context: RouteContext,
) {
  const { httpAuth, store, permissions, changePolicy, learningRuleset } =
    context.options;

  router.patch('/learnings/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const id = req.params.id.toLocaleLowerCase('en-US');
    const request = parseUpdateLearningRequest(req.body);
    const learning = await store.getLearning(id);
    if (!learning) throw new NotFoundError(`No learning ${id}`);
    await authorizeLearningChange({
      permissions,
      credentials,
      permission: learningUpdatePermission,
      learning,
      ruleset: learningRuleset,
      changePolicy,
    });
    const index = await context.options.index();
    if (request.technologyRefs) {
      context.checkTechnologies(index, request.technologyRefs);
    }
    const updated = await store.updateLearning(
      id,
      request,
      credentials.principal.userEntityRef,
    );
    if (!updated) throw new NotFoundError(`No learning ${id}`);
    res.json(context.toLearning(index, updated));
  });

  router.delete('/learnings/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const id = req.params.id.toLocaleLowerCase('en-US');
    const learning = await store.getLearning(id);
    if (!learning) throw new NotFoundError(`No learning ${id}`);
    await authorizeLearningChange({
      permissions,
      credentials,
      permission: learningDeletePermission,
      learning,
      ruleset: learningRuleset,
      changePolicy,
    });
    const deleted = await store.deleteLearning(
      learning,
      credentials.principal.userEntityRef,
    );
    if (!deleted) throw new NotFoundError(`No learning ${id}`);
    res.status(204).end();
  });

  router.get('/learnings/counts', async (req, res) => {
    await httpAuth.credentials(req);
    const counts = await store.countLearningsByTalk(
      parseTalkRefs(req.query.talk),
    );
    const body: LearningCounts = { counts: Object.fromEntries(counts) };
    res.json(body);
  });

  router.get('/learnings', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entityRef = parseEntityParameter(req.query.entity);
    const index = await context.options.index();
    let talkRefs: string[] | undefined;
    if (entityRef) {
      const [access, links] = await Promise.all([
        context.access(credentials),
        store.listLinksForEntity(entityRef),
      ]);
      const entity = await access.entity(index, entityRef);
      talkRefs = context.relevantTalks(index, entity, links).talkRefs;
    }
    const result = await store.listLatestLearnings({
      talkRefs,
      ...pageOf(req.query),
    });
    const body: LearningsPage = {
      items: result.items.map(learning => context.toLearning(index, learning)),
      totalCount: result.totalCount,
    };
    res.json(body);
  });
}
