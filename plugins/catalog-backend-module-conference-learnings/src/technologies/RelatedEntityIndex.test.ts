import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { RelatedEntityIndex } from './RelatedEntityIndex';

const api = (name: string, type: string, definition: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name, etag: `${name}-1` },
  spec: { type, lifecycle: 'production', owner: 'team', definition },
});

describe('RelatedEntityIndex', () => {
  it('summarises Resources and APIs, with the protocols of AsyncAPI documents only', async () => {
    const index = new RelatedEntityIndex({
      catalog: catalogServiceMock({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Resource',
            metadata: { name: 'orders-topic', tags: ['kafka'] },
            spec: { type: 'kafka-topic', owner: 'team' },
          },
          api(
            'order-events',
            'asyncapi',
            'asyncapi: 2.6.0\nservers:\n  prod:\n    url: broker:9092\n    protocol: kafka\n',
          ),
          api('orders', 'openapi', 'openapi: 3.0.0\nservers:\n  - url: x\n'),
        ],
      }),
      auth: mockServices.auth(),
    });
    await index.refresh();

    expect(index.get('resource:default/orders-topic')).toEqual({
      ref: 'resource:default/orders-topic',
      name: 'orders-topic',
      type: 'kafka-topic',
      tags: ['kafka'],
    });
    expect(index.get('api:default/order-events')?.protocols).toEqual([
      'kafka',
    ]);
    expect(index.get('api:default/orders')).toEqual({
      ref: 'api:default/orders',
      name: 'orders',
      type: 'openapi',
      tags: [],
    });
  });
});
