import { Entity } from '@backstage/catalog-model';

/**
 * A generic Kubernetes keynote, newer than every demo talk, that mentions Argo CD
 * in passing: the detection engine finds Argo in its abstract, so it covers Argo
 * (detected) besides Kubernetes (curated). A naive ranking puts it first for an
 * Argo-using service.
 */
export const GENERIC_KUBERNETES_KEYNOTE: Entity = {
  apiVersion: 'conference-learnings.io/v1alpha1',
  kind: 'Talk',
  metadata: {
    name: 'kubecon-eu-2025-state-of-kubernetes-keynote',
    namespace: 'default',
    title: 'Keynote: The State of Kubernetes',
    description:
      'Ten years in: what changed in Kubernetes releases, the community and its ecosystem, from Gateway API to GitOps with Argo CD.',
  },
  spec: {
    conference: 'conference:default/kubecon-eu-2025',
    type: 'keynote',
    speakers: [{ name: 'Casey Keynote', affiliation: 'CNCF' }],
    startsAt: '2025-04-02T09:00:00Z',
    technologies: ['technology:default/kubernetes'],
  },
};
