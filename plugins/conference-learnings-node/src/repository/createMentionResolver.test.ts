import { createMentionResolver } from './createMentionResolver';
import { ManifestMention } from './types';

// Node stands for an adopter's technology named like an everyday image name.
const technologies = ['Argo', 'Envoy', 'Istio', 'Node', 'Redis', 'Valkey'].map(
  title => ({
    ref: `technology:default/${title.toLowerCase()}`,
    name: title.toLowerCase(),
    title,
  }),
);

const mention = (
  ecosystem: ManifestMention['ecosystem'],
  name: string,
): ManifestMention => ({
  ecosystem,
  name,
  line: 1,
  scope: 'runtime',
  detail: name,
});

describe('createMentionResolver', () => {
  const resolver = createMentionResolver(technologies, [
    { ecosystem: 'kubernetes-api', match: 'argoproj.io', technology: 'Argo' },
    {
      ecosystem: 'kubernetes-api',
      match: 'networking.istio.io/*',
      technology: 'Istio',
    },
    {
      ecosystem: 'kubernetes-api',
      match: 'networking.istio.io/EnvoyFilter',
      technology: ['Envoy', 'Istio'],
    },
    { ecosystem: 'image', match: 'redis', technology: 'Redis' },
  ]);
  const refs = (m: ManifestMention) =>
    resolver
      .resolve(m)
      .map(r => `${r.ref.split('/')[1]}${r.scope ? ` ${r.scope}` : ''}`);

  it('takes the most specific match, which may name several technologies', () => {
    expect(
      refs(mention('kubernetes-api', 'networking.istio.io/EnvoyFilter')),
    ).toEqual(['envoy', 'istio']);
    expect(
      refs(mention('kubernetes-api', 'networking.istio.io/Gateway')),
    ).toEqual(['istio']);
  });

  it('reads a rule naming an API group alone as every kind of it', () => {
    expect(refs(mention('kubernetes-api', 'argoproj.io/Rollout'))).toEqual([
      'argo',
    ]);
  });

  it('resolves images by rules, then by the project they are named after', () => {
    expect(refs(mention('image', 'redis'))).toEqual(['redis']);
    expect(refs(mention('image', 'bitnami/valkey'))).toEqual(['valkey']);
    expect(refs(mention('image', 'node'))).toEqual([]);
    expect(refs(mention('image', 'cimg/node'))).toEqual([]);
  });

  it('takes what a build stage image names for dev only, toolchains apart', () => {
    expect(refs(mention('build-image', 'redis'))).toEqual(['redis dev']);
  });
});
