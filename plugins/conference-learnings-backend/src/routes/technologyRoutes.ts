import {
  TECHNOLOGY_KIND,
  TechnologyUsersPage,
} from '@conference-learnings/plugin-conference-learnings-common';
import { NotFoundError } from '@backstage/errors';
import { queryTechnologies } from '../catalogIndex/queryTechnologies';
import { technologyUsers } from '../catalogIndex/technologyUsers';
import { pageOf, parsePathOfKind, parseTechnologyFilters } from './parameters';
import { RouteContext } from './RouteContext';
import { ApiRouter } from './types';

/** `/technologies…`: technologies with their counts, and who uses one. */
export function registerTechnologyRoutes(
  router: ApiRouter,
  context: RouteContext,
) {
  const { httpAuth } = context.options;

  router.get('/technologies', async (req, res) => {
    await httpAuth.credentials(req);
    const filters = parseTechnologyFilters(req.query);
    res.json(
      queryTechnologies(
        await context.options.index(),
        filters,
        pageOf(req.query),
      ),
    );
  });

  router.get('/technologies/:namespace/:name/users', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const technologyRef = parsePathOfKind(TECHNOLOGY_KIND, req.params);
    const page = pageOf(req.query);
    const [index, access] = await Promise.all([
      context.options.index(),
      context.access(credentials),
    ]);
    if (!index.getTechnology(technologyRef)?.entity) {
      throw new NotFoundError(`No technology ${technologyRef} in the catalog`);
    }
    const users = technologyUsers(index, [technologyRef]);
    const visible = new Set(await access.visible(users.map(u => u.entityRef)));
    const shown = users.filter(user => visible.has(user.entityRef));
    const body: TechnologyUsersPage = {
      items: shown.slice(page.offset, page.offset + page.limit),
      totalCount: shown.length,
    };
    res.json(body);
  });
}
