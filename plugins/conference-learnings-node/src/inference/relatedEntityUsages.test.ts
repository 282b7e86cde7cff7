import { Entity } from '@backstage/catalog-model';
import {
  RelatedEntitySummary,
  relatedEntityUsages,
} from './relatedEntityUsages';
import { createTechnologyLookup } from './technologyLookup';

const lookup = createTechnologyLookup([
  { ref: 'technology:default/kafka', name: 'kafka', title: 'Kafka' },
  {
    ref: 'technology:default/postgresql',
    name: 'postgresql',
    title: 'PostgreSQL',
    aliases: ['postgres'],
  },
  { ref: 'technology:default/grpc', name: 'grpc', title: 'gRPC' },
  { ref: 'technology:default/redis', name: 'redis', title: 'Redis' },
]);

const related = new Map<string, RelatedEntitySummary>(
  [
    {
      ref: 'resource:default/orders-topic',
      name: 'orders-topic',
      type: 'kafka-topic',
      tags: [],
    },
    {
      ref: 'resource:default/orders-db',
      name: 'orders-db',
      type: 'database',
      tags: ['postgres'],
    },
    { ref: 'resource:default/cache', name: 'redis', type: 'cache', tags: [] },
    {
      ref: 'resource:default/bucket',
      name: 'bucket',
      type: 's3-bucket',
      tags: [],
    },
    {
      ref: 'api:default/orders-grpc',
      name: 'orders-grpc',
      type: 'grpc',
      tags: [],
    },
    {
      ref: 'api:default/orders-events',
      name: 'orders-events',
      type: 'asyncapi',
      tags: [],
      protocols: ['kafka'],
    },
    {
      ref: 'api:default/orders-rest',
      name: 'orders-rest',
      type: 'openapi',
      tags: [],
    },
    {
      ref: 'component:default/kafka',
      name: 'kafka',
      type: 'service',
      tags: [],
    },
  ].map(e => [e.ref, e]),
);

const entity = (spec: Entity['spec']): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders', namespace: 'default' },
  spec,
});

describe('relatedEntityUsages', () => {
  it('reads the type, tags and name of the Resources an entity depends on', () => {
    const usages = relatedEntityUsages(
      entity({
        dependsOn: [
          'resource:orders-topic',
          'resource:default/orders-db',
          'resource:cache',
          'resource:bucket',
          // Only Resources say what a service runs on.
          'component:kafka',
        ],
      }),
      ref => related.get(ref),
      lookup,
    );
    expect(usages).toEqual([
      {
        technologyRef: 'technology:default/kafka',
        reasons: [
          {
            type: 'relatedEntity',
            relation: 'dependsOn',
            entityRef: 'resource:default/orders-topic',
            detail: 'type kafka-topic',
          },
        ],
      },
      {
        technologyRef: 'technology:default/postgresql',
        reasons: [
          {
            type: 'relatedEntity',
            relation: 'dependsOn',
            entityRef: 'resource:default/orders-db',
            detail: 'tag postgres',
          },
        ],
      },
      {
        technologyRef: 'technology:default/redis',
        reasons: [
          {
            type: 'relatedEntity',
            relation: 'dependsOn',
            entityRef: 'resource:default/cache',
            detail: 'name redis',
          },
        ],
      },
    ]);
  });

  it('reads the type of the APIs it provides and the protocols of those it consumes', () => {
    const usages = relatedEntityUsages(
      entity({
        providesApis: ['orders-grpc', 'orders-rest'],
        consumesApis: ['api:default/orders-events', 'not a ref:::'],
      }),
      ref => related.get(ref),
      lookup,
    );
    expect(usages).toEqual([
      {
        technologyRef: 'technology:default/grpc',
        reasons: [
          {
            type: 'relatedEntity',
            relation: 'providesApi',
            entityRef: 'api:default/orders-grpc',
            detail: 'type grpc',
          },
        ],
      },
      {
        technologyRef: 'technology:default/kafka',
        reasons: [
          {
            type: 'relatedEntity',
            relation: 'consumesApi',
            entityRef: 'api:default/orders-events',
            detail: 'asyncapi protocol kafka',
          },
        ],
      },
    ]);
  });

  it('finds nothing in related entities not indexed yet, or in specs that are not lists of refs', () => {
    expect(
      relatedEntityUsages(
        entity({
          dependsOn: 'resource:orders-topic',
          consumesApis: ['api:unknown', 42],
        }),
        ref => related.get(ref),
        lookup,
      ),
    ).toEqual([]);
  });
});
