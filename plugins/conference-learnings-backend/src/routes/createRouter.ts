import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { isUtf8 } from 'node:buffer';
import { createOpenApiRouter } from '../schema/openapi.generated';
import { registerEntityRoutes } from './entityRoutes';
import { registerFeedRoutes } from './feedRoutes';
import { registerLearningRoutes } from './learningRoutes';
import { registerMeRoutes } from './meRoutes';
import { RouteContext, RouterOptions } from './RouteContext';
import { registerTalkRoutes } from './talkRoutes';
import { registerTechnologyRoutes } from './technologyRoutes';
import { validateRequests } from './validateRequests';

export type { RouterOptions } from './RouteContext';

/**
 * JSON bodies of at most 256 kB, refusing bytes that are not UTF-8 (which the
 * parser would decode into U+FFFD silently). Outside the validated router, so a
 * body too large stays a 413.
 */
function jsonBodies(): express.RequestHandler {
  return express.json({
    limit: '256kb',
    verify: (_req, _res, buffer, encoding) => {
      if (encoding.toLowerCase() === 'utf-8' && !isUtf8(buffer)) {
        // `status`: the parser would make this a 403 otherwise.
        throw Object.assign(
          new InputError('The request body is not valid UTF-8'),
          { status: 400 },
        );
      }
    },
  });
}

/**
 * The REST API of Conference Learnings (`src/schema/openapi.yaml`): every request
 * is validated against the document, then by the domain rules, and served from
 * the in-memory catalog index; catalog read access is decided once per request.
 * Every route, `/health` included, needs user or service credentials; writes
 * need a user.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const api = await createOpenApiRouter({
    // Bodies are parsed before, by jsonBodies(); requests are validated by
    // validateRequests(), whose messages name the field.
    middleware: validateRequests(),
    // Only typing and the document route are Backstage's here: requests are
    // validated once, by validateRequests().
    validatorOptions: {
      validateRequests: false,
      validateSecurity: false,
      fileUploader: false,
      ignorePaths: /.*/,
    },
  });
  const context = new RouteContext(options);
  api.get('/health', async (req, res) => {
    await options.httpAuth.credentials(req);
    res.json({ status: 'ok' });
  });
  registerTalkRoutes(api, context);
  registerTechnologyRoutes(api, context);
  registerEntityRoutes(api, context);
  registerLearningRoutes(api, context);
  registerMeRoutes(api, context);
  registerFeedRoutes(api, context);

  const router = Router();
  router.use(jsonBodies());
  router.use(api);
  return router;
}
