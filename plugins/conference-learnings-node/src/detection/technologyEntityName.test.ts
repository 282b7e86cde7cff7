import { KubernetesValidatorFunctions } from '@backstage/catalog-model';
import {
  technologyEntityName,
  technologyEntityRef,
} from './technologyEntityName';

describe('technologyEntityName', () => {
  it.each([
    ['Open Policy Agent (OPA)', 'open-policy-agent-opa'],
    ['cert-manager', 'cert-manager'],
    ['C++', 'c'],
    ['.NET', 'net'],
    [
      'Elastisys Welkin® based on Kubespray',
      'elastisys-welkin-based-on-kubespray',
    ],
    ['Kubernetes - The Easier Way', 'kubernetes-the-easier-way'],
  ])('%j → %j', (name, slug) => {
    expect(technologyEntityName(name)).toBe(slug);
  });

  it('gives valid entity names of at most 63 characters', () => {
    const long = technologyEntityName(
      'WebAssembly Language runtimes for Python and PHP by VMware Labs and more',
    );
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long.endsWith('-')).toBe(false);
    for (const name of [
      long,
      technologyEntityName('!!!'),
      technologyEntityName('k3s'),
    ]) {
      expect(KubernetesValidatorFunctions.isValidObjectName(name)).toBe(true);
    }
  });

  it('makes refs in the default namespace', () => {
    expect(technologyEntityRef('Open Policy Agent (OPA)')).toBe(
      'technology:default/open-policy-agent-opa',
    );
  });
});
