import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { readdirSync, readFileSync } from 'fs';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import { resolve } from 'path';
import { catalogModuleConferenceLearnings } from './module';

const EXAMPLES = resolve(__dirname, '../../../examples');

/** `kind:namespace/name` of every entity the demo's YAML files define. */
function demoEntityRefs(): string[] {
  const files = readdirSync(EXAMPLES).filter(file => file.endsWith('.yaml'));
  return files.flatMap(file =>
    parseAllDocuments(readFileSync(resolve(EXAMPLES, file), 'utf8')).map(
      doc => {
        const entity = doc.toJS() as Entity;
        return `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${
          entity.metadata.name
        }`.toLocaleLowerCase('en-US');
      },
    ),
  );
}

describe('the demo catalog', () => {
  it('loads every entity, with its relations, and zero processing errors', async () => {
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleConferenceLearnings,
        // the real scheduler: the technology index refreshes every few seconds
        schedulerServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              processingInterval: { seconds: 1 },
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Group',
                    'User',
                    'Talk',
                    'Technology',
                    'Conference',
                  ],
                },
              ],
              locations: [{ type: 'file', target: `${EXAMPLES}/*.yaml` }],
            },
            conferenceLearnings: {
              providers: {
                file: {
                  demo: {
                    source: `${EXAMPLES}/curated/curated-talks.yaml`,
                    schedule: {
                      frequency: { minutes: 10 },
                      timeout: { minutes: 1 },
                    },
                  },
                },
              },
            },
          },
        }),
      ],
    });

    const expected = [
      ...demoEntityRefs(),
      ...['jaeger', 'thanos', 'linkerd', 'envoy', 'cert-manager'].map(
        name => `technology:default/${name}`,
      ),
    ];
    const shipmentTracker = 'component:default/shipment-tracker';
    let entities: AlphaEntity[] = [];
    const ref = (e: Entity) =>
      `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`.toLocaleLowerCase(
        'en-US',
      );
    const ready = () => {
      const refs = new Set(entities.map(ref));
      const tracker = entities.find(e => ref(e) === shipmentTracker);
      return (
        expected.every(r => refs.has(r)) &&
        tracker?.relations?.some(r => r.type === 'usesTechnology')
      );
    };
    for (let i = 0; i < 250 && !ready(); i++) {
      await new Promise(r => setTimeout(r, 200));
      const res = await request(server)
        .get('/api/catalog/entities')
        .set('Authorization', mockCredentials.user.header());
      entities = res.body;
    }

    expect(entities.map(ref).sort()).toEqual(
      expect.arrayContaining(expected.sort()),
    );
    const errors = entities.flatMap(e =>
      (e.status?.items ?? [])
        .filter(item => item.level === 'error')
        .map(item => `${ref(e)}: ${item.error?.message}`),
    );
    expect(errors).toEqual([]);
    expect(
      entities.find(e => ref(e) === shipmentTracker)?.relations,
    ).toContainEqual({
      type: 'usesTechnology',
      targetRef: 'technology:default/argo',
    });
  }, 90_000);
});
