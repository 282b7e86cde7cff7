import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  RELATION_COVERS_TECHNOLOGY,
  RELATION_USES_TECHNOLOGY,
  TALK_KIND,
  TECHNOLOGY_KIND,
} from '@conference-learnings/plugin-conference-learnings-common';
import express from 'express';
import Router from 'express-promise-router';
import { toTalkSummary } from './toTalkSummary';

const MAX_LIMIT = 100;

function parseLimit(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > MAX_LIMIT) {
    throw new InputError(`limit must be an integer from 1 to ${MAX_LIMIT}`);
  }
  return parsed;
}

function parseOffset(value: unknown): number {
  if (value === undefined) return 0;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new InputError('offset must be a non-negative integer');
  }
  return parsed;
}

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
}): Promise<express.Router> {
  const { httpAuth, catalog } = options;
  const router = Router();
  router.use(express.json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/talks', async (req, res) => {
    const limit = parseLimit(req.query.limit, 20);
    const offset = parseOffset(req.query.offset);
    const q = typeof req.query.q === 'string' ? req.query.q.trim() : '';
    const credentials = await httpAuth.credentials(req);
    const page = await catalog.queryEntities(
      {
        filter: { kind: TALK_KIND },
        orderFields: { field: 'metadata.title', order: 'asc' },
        fullTextFilter: q
          ? { term: q, fields: ['metadata.title', 'metadata.description'] }
          : undefined,
        limit,
        offset,
      },
      { credentials },
    );
    res.json({
      items: page.items.map(toTalkSummary),
      totalCount: page.totalItems,
    });
  });

  router.get('/entities/:kind/:namespace/:name/talks', async (req, res) => {
    const { kind, namespace, name } = req.params;
    const credentials = await httpAuth.credentials(req);
    const entityRef = stringifyEntityRef({ kind, namespace, name });
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const technologyRefs =
      entity.kind.toLocaleLowerCase('en-US') ===
      TECHNOLOGY_KIND.toLocaleLowerCase('en-US')
        ? [entityRef]
        : (entity.relations ?? [])
            .filter(r => r.type === RELATION_USES_TECHNOLOGY)
            .map(r => r.targetRef);
    if (technologyRefs.length === 0) {
      res.json({ items: [], totalCount: 0 });
      return;
    }
    const page = await catalog.queryEntities(
      {
        filter: {
          kind: TALK_KIND,
          [`relations.${RELATION_COVERS_TECHNOLOGY}`]: technologyRefs,
        },
        limit: parseLimit(req.query.limit, 20),
        offset: parseOffset(req.query.offset),
      },
      { credentials },
    );
    res.json({
      items: page.items.map(toTalkSummary),
      totalCount: page.totalItems,
    });
  });

  return router;
}
