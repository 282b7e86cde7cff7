import { briefMention as brief } from '../__testUtils__/briefMention';
import { parseChart, parseHelmValues } from './helmManifests';
import { parseKubernetesManifest } from './kubernetesManifests';

describe('parseKubernetesManifest', () => {
  it('reports each resource kind, its images and the ingress class', () => {
    const found = parseKubernetesManifest({
      path: 'deploy/app.yaml',
      content: `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - image: quay.io/acme/shop:1.2
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  annotations:
    kubernetes.io/ingress.class: nginx
---
apiVersion: networking.istio.io/v1alpha3
kind: EnvoyFilter
---
apiVersion: apps/v1
kind: Deployment
spec:
  template:
    metadata:
      annotations:
        dapr.io/enabled: "true"
        prometheus.io/port: "8080"
`,
    }).map(brief);
    expect(found).toEqual([
      'tool Kubernetes @1 runtime',
      'image quay.io/acme/shop @7 runtime',
      'kubernetes-api networking.k8s.io/Ingress @9 runtime',
      'ingress-class nginx @13 runtime',
      'kubernetes-api networking.istio.io/EnvoyFilter @15 runtime',
      'kubernetes-annotation dapr.io/enabled @24 runtime',
    ]);
  });

  it('reads the backends of Dapr components, KEDA triggers and analysis providers', () => {
    const found = parseKubernetesManifest({
      path: 'deploy/backends.yaml',
      content: `apiVersion: dapr.io/v1alpha1
kind: Component
spec:
  type: state.redis
  version: v1
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
spec:
  triggers:
    - type: rabbitmq
---
apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
spec:
  metrics:
    - name: success-rate
      provider:
        prometheus:
          address: http://prometheus:9090
`,
    })
      .filter(m => !['tool', 'kubernetes-api'].includes(m.ecosystem))
      .map(brief);
    expect(found).toEqual([
      'dapr-component redis @4 runtime',
      'keda-trigger rabbitmq @11 runtime',
      'metric-provider prometheus @19 runtime',
    ]);
  });

  it('reads Helm templates, and leaves out commented settings', () => {
    const found = parseKubernetesManifest({
      path: 'charts/app/templates/ingress.yaml',
      content: `apiVersion: {{ include "common.capabilities.ingress.apiVersion" . }}
kind: Ingress
metadata:
  annotations:
    # kubernetes.io/ingress.class: nginx
`,
    }).map(brief);
    expect(found).toEqual(['tool Kubernetes @1 runtime']);
  });

  it('reports a tool configuration without Kubernetes itself', () => {
    const found = parseKubernetesManifest({
      path: 'skaffold.yaml',
      content: 'apiVersion: skaffold/v4beta11\nkind: Config\n',
    }).map(brief);
    expect(found).toEqual(['kubernetes-api skaffold/Config @1 runtime']);
  });

  it('reads nothing from a Backstage catalog file, though it looks like a resource', () => {
    expect(
      parseKubernetesManifest({
        path: 'catalog-info.yaml',
        content:
          'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: parcel-router\n---\napiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\n',
      }),
    ).toEqual([]);
  });

  it('reads nothing from YAML that is no resource', () => {
    expect(
      parseKubernetesManifest({
        path: 'mkdocs.yml',
        content: 'image: logo.png\n',
      }),
    ).toEqual([]);
  });
});

describe('parseChart and parseHelmValues', () => {
  it('reports Helm, Kubernetes and chart dependencies', () => {
    const found = parseChart({
      path: 'charts/app/Chart.yaml',
      content: `apiVersion: v2
name: app
dependencies:
  - name: postgresql
    repository: https://charts.bitnami.com/bitnami
`,
    }).map(brief);
    expect(found).toEqual([
      'tool Kubernetes @1 runtime',
      'tool Helm @1 runtime',
      'helm-chart postgresql @4 runtime',
    ]);
  });

  it('reads images next to a tag, and never commented ones', () => {
    const found = parseHelmValues({
      path: 'charts/app/values.yaml',
      content: `cache:
  image:
    repository: redis
    tag: 7
# image: nginx:1.25
`,
    }).map(brief);
    expect(found).toEqual(['image redis @3 runtime']);
  });
});
