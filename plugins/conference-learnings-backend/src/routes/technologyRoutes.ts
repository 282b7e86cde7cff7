import { TECHNOLOGY_KIND } from '@conference-learnings/plugin-conference-learnings-common';
import { NotFoundError } from '@backstage/errors';
import { queryTechnologies } from '../catalogIndex/queryTechnologies';
import { pageOf, parseTechnologyFilters } from './parameters';
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
    res.json(
      await context.technologyUsersPage(
        req,
        TECHNOLOGY_KIND,
        (index, technologyRef) => {
          if (!index.getTechnology(technologyRef)?.entity) {
            throw new NotFoundError(
              `No technology ${technologyRef} in the catalog`,
            );
          }
          return [technologyRef];
        },
      ),
    );
  });
}
