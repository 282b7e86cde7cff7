/**
 * Annotations of well-known Backstage plugins that say an entity uses a technology,
 * mapped to the technology's name. Extend them with
 * `conferenceLearnings.inference.annotations` in app-config.
 * @public
 */
export const WELL_KNOWN_TECHNOLOGY_ANNOTATIONS: Readonly<
  Record<string, string>
> = {
  'argocd/app-name': 'Argo',
  'argocd/app-selector': 'Argo',
  'backstage.io/kubernetes-id': 'Kubernetes',
  'backstage.io/kubernetes-label-selector': 'Kubernetes',
  'prometheus.io/rule': 'Prometheus',
  'prometheus.io/alert': 'Prometheus',
  'grafana/dashboard-selector': 'Grafana',
  'grafana/tag-selector': 'Grafana',
  'kiali.io/provider': 'Istio',
  'janus-idp.io/tekton': 'Tekton',
  'goharbor.io/repository-slug': 'Harbor',
  'terasky.backstage.io/crossplane-resource': 'Crossplane',
};
