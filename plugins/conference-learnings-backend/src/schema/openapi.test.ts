import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { parseEntityYaml } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { loadDemoCatalog } from '../__testUtils__/demoCatalog';
import { conferenceLearningsPlugin } from '../plugin';
import { createRouter } from '../routes/createRouter';
import Ajv2020 from 'ajv/dist/2020';

type Schema = Record<string, any>;

/** The spec, read with the catalog's YAML reader (the package has no other). */
function loadSpec(): Schema {
  const file = path.join(__dirname, 'openapi.yaml');
  for (const result of parseEntityYaml(fs.readFileSync(file), {
    type: 'file',
    target: file,
  })) {
    if (result.type === 'entity') return result.entity as Schema;
  }
  throw new Error('openapi.yaml has no document');
}

/**
 * Object schemas with every property they do not name refused, so that a
 * response field the document forgets fails the test.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Schema = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, closed(value)]),
  );
  if (copy.properties && copy.additionalProperties === undefined) {
    copy.unevaluatedProperties = false;
  }
  return copy;
}

/** Checks a value against a schema of the document with ajv; returns the problems found. */
function checker(spec: Schema) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'spec', components: closed(spec.components) });
  return (schema: Schema, value: unknown): string[] => {
    const ref = schema.$ref ? `spec${schema.$ref}` : undefined;
    const validate = ajv.compile(ref ? { $ref: ref } : schema);
    return validate(value)
      ? []
      : (validate.errors ?? []).map(
          e =>
            `${e.instancePath || '$'} ${e.message} ${JSON.stringify(e.params)}`,
        );
  };
}

/** Every route an express router serves, nested routers included. */
function routesOf(router: any): string[] {
  return router.stack.flatMap((layer: any) => {
    if (layer.route) {
      return Object.keys(layer.route.methods).map(
        method => `${method} ${layer.route.path.replace(/:(\w+)/g, '{$1}')}`,
      );
    }
    return layer.handle?.stack ? routesOf(layer.handle) : [];
  });
}

describe('openapi.yaml', () => {
  const spec = loadSpec();

  it('documents exactly the routes the router serves', async () => {
    const router = await createRouter({} as any);
    const served = routesOf(router)
      .filter(route => route !== 'get /openapi.json')
      .sort();
    const documented = Object.entries(spec.paths)
      .flatMap(([route, item]: [string, any]) =>
        Object.keys(item)
          .filter(key => key !== 'parameters')
          .map(method => `${method} ${route}`),
      )
      .sort();
    expect(served).toEqual(documented);
  });

  it('documents 401 on every route, 400 where it takes input, and 403 on every write', () => {
    for (const [route, item] of Object.entries<any>(spec.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        if (method === 'parameters') continue;
        let expected = ['400', '401', '403', '404'];
        if (method === 'get')
          expected = route === '/health' ? ['401'] : ['400', '401'];
        expect([route, method, Object.keys(operation.responses)]).toEqual([
          route,
          method,
          expect.arrayContaining(expected),
        ]);
      }
    }
  });

  it('describes the actual responses', async () => {
    const check = checker(spec);
    // The checker catches what it should.
    expect(
      check({ $ref: '#/components/schemas/Learning' }, { id: 1, x: 2 }),
    ).toEqual(
      expect.arrayContaining([
        expect.stringContaining("must have required property 'talkRef'"),
        expect.stringMatching(/^\/id must be string/),
        expect.stringContaining('"unevaluatedProperty":"x"'),
      ]),
    );
    const { server } = await startTestBackend({
      features: [
        conferenceLearningsPlugin,
        catalogServiceMock.factory({ entities: await loadDemoCatalog() }),
      ],
    });
    const auth = mockCredentials.user.header();
    const call = async (
      method: 'get' | 'post' | 'patch',
      route: string,
      url: string,
      status: string,
      body?: object,
    ) => {
      const req = request(server)
        [method](`/api/conference-learnings${url}`)
        .set('Authorization', auth);
      const res = await (body ? req.send(body) : req);
      expect(String(res.status)).toBe(status);
      const response = spec.paths[route][method].responses[status];
      const schema = (
        response.$ref
          ? spec.components.responses[response.$ref.split('/').pop()]
          : response
      ).content['application/json'].schema;
      expect(check(schema, res.body)).toEqual([]);
      return res.body;
    };

    await call('get', '/talks', '/talks?q=argo', '200');
    await call('get', '/technologies', '/technologies', '200');
    await call('get', '/talks', '/talks?limit=0', '400');
    const link = await call(
      'post',
      '/entities/{kind}/{namespace}/{name}/links',
      '/entities/component/default/shipment-tracker/links',
      '201',
      { talkRef: 'kubecon-eu-2024-cncf-docs-audit', note: 'Read this' },
    );
    expect(link.orphaned).toBe(false);
    await call(
      'get',
      '/entities/{kind}/{namespace}/{name}/talks',
      '/entities/component/default/shipment-tracker/talks',
      '200',
    );
    await call(
      'get',
      '/entities/{kind}/{namespace}/{name}/talks',
      '/entities/group/default/platform-engineering/talks',
      '200',
    );
    const learning = await call(
      'post',
      '/talks/{namespace}/{name}/learnings',
      '/talks/default/kubecon-eu-2024-cncf-docs-audit/learnings',
      '201',
      { body: '# Docs matter', technologyRefs: ['backstage'] },
    );
    await call('patch', '/learnings/{id}', `/learnings/${learning.id}`, '200', {
      body: 'Docs matter a lot',
    });
    await call(
      'get',
      '/talks/{namespace}/{name}/learnings',
      '/talks/default/kubecon-eu-2024-cncf-docs-audit/learnings',
      '200',
    );
    await call(
      'get',
      '/learnings',
      '/learnings?entity=component:default/developer-portal',
      '200',
    );
    await call(
      'get',
      '/learnings',
      '/learnings?entity=component:default/nope',
      '404',
    );
    await call(
      'get',
      '/learnings/counts',
      '/learnings/counts?talk=kubecon-eu-2024-cncf-docs-audit',
      '200',
    );
  });
});
