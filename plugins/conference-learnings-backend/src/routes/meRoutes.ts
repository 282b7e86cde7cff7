import { myServices } from '../catalogIndex/myServices';
import { RouteContext } from './RouteContext';
import { ApiRouter } from './types';

/** `/me…`: what concerns the caller. */
export function registerMeRoutes(router: ApiRouter, context: RouteContext) {
  const { httpAuth, userInfo } = context.options;

  router.get('/me/services', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [caller, index, access] = await Promise.all([
      userInfo.getUserInfo(credentials),
      context.options.index(),
      context.access(credentials),
    ]);
    const result = myServices(index, caller, {
      limit: req.query.limit ?? 100,
      talksPerService: req.query.talksPerService ?? 5,
    });
    const visible = new Set(
      await access.visible(result.services.map(s => s.service.entityRef)),
    );
    res.json({
      ...result,
      services: result.services.filter(s => visible.has(s.service.entityRef)),
    });
  });
}
