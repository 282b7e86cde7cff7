import { resolveCuratedTechnology } from './resolveCuratedTechnology';

describe('resolveCuratedTechnology', () => {
  it('keeps well-formed Technology refs, with the talk namespace as default', () => {
    expect(resolveCuratedTechnology('technology:default/argo', 'talks')).toBe(
      'technology:default/argo',
    );
    expect(resolveCuratedTechnology('argo', 'talks')).toBe(
      'technology:talks/argo',
    );
    expect(resolveCuratedTechnology('Technology:ops/flux', 'default')).toBe(
      'technology:ops/flux',
    );
  });

  it('names anything else after its slug, never a ref no entity could have', () => {
    expect(
      resolveCuratedTechnology('technology:default/../../admin', 'default'),
    ).not.toContain('..');
    expect(resolveCuratedTechnology('a:b:c', 'default')).toMatch(
      /^technology:default\/[a-z0-9-]+$/,
    );
    expect(
      resolveCuratedTechnology('component:default/payments', 'default'),
    ).toBe('technology:default/component-default-payments');
    expect(resolveCuratedTechnology('Open Policy Agent', 'default')).toBe(
      'technology:default/open-policy-agent',
    );
  });
});

describe('resolveCuratedTechnology, as the catalog compares refs', () => {
  it('ignores the case of kind and namespace', () => {
    expect(resolveCuratedTechnology('Technology:Default/argo', 'default')).toBe(
      'technology:default/argo',
    );
  });
});
