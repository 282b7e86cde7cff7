import { createTechnologyMatcher } from './createTechnologyMatcher';
import { TechnologyDescriptor } from './types';

const tech = (
  name: string,
  slug: string,
  aliases?: string[],
): TechnologyDescriptor => ({
  ref: `technology:default/${slug}`,
  name,
  ...(aliases ? { aliases } : {}),
});

const matcher = createTechnologyMatcher([
  tech('Kubernetes', 'kubernetes'),
  tech('Argo', 'argo'),
  tech('Helm', 'helm'),
  tech('Flux', 'flux'),
  tech('OpenTelemetry', 'opentelemetry'),
  tech('Open Policy Agent (OPA)', 'open-policy-agent-opa'),
  tech('PostgreSQL', 'postgresql'),
  tech('Prometheus', 'prometheus'),
  tech('kind', 'kind'),
  tech('Scale', 'scale'),
  tech('Keep', 'keep'),
  tech('Datadog', 'datadog'),
  tech('Falco', 'falco'),
  tech('Backstage', 'backstage', ['Spotify Portal']),
  tech('Envoy', 'envoy'),
  tech('Envoy Gateway', 'envoy-gateway'),
  tech('Grafana', 'grafana'),
  tech('Kueue', 'kueue'),
  tech('Container Network Interface (CNI)', 'cni'),
  tech('Kubeflow', 'kubeflow'),
  tech('Kubeflow Pipelines', 'kubeflow-pipelines'),
  tech('Sysdig', 'sysdig'),
  tech('Volcano', 'volcano'),
]);

const refs = (text: string) =>
  matcher.match(text).map(m => m.ref.replace('technology:default/', ''));

describe('createTechnologyMatcher', () => {
  it.each([
    ['We run Argo CD, Argo Rollouts and ArgoCD Image Updater.', 'argo'],
    ['Upgrading K8s clusters with kubeadm', 'kubernetes'],
    ['Debugging the kubelet and kube-apiserver with kubectl', 'kubernetes'],
    ['Shipping traces with OTel', 'opentelemetry'],
    ['Policies with Gatekeeper', 'open-policy-agent-opa'],
    ['Writing OPA policies in Rego', 'open-policy-agent-opa'],
    ['Running Postgres on Kubernetes', 'postgresql'],
    ['Querying with PromQL', 'prometheus'],
    ['Our portal is built on Spotify Portal', 'backstage'],
  ])('maps the alias in %j to %s', (text, ref) => {
    expect(refs(text)).toContain(ref);
  });

  it('matches names in any case, spacing and hyphenation', () => {
    expect(refs('open telemetry, Open-Telemetry and OPENTELEMETRY')).toEqual([
      'opentelemetry',
    ]);
    expect(refs('postgresql')).toEqual(['postgresql']);
  });

  it('does not take "at the helm" for Helm but takes Helm charts', () => {
    expect(refs('She has been at the helm of the project for years.')).toEqual(
      [],
    );
    expect(
      refs('Taking the Helm: Lessons From Leading a Platform Team'),
    ).toEqual([]);
    expect(refs('We package every service as Helm charts.')).toEqual(['helm']);
    expect(refs('Rendering helm charts in CI')).toEqual(['helm']);
    expect(refs('We install it with Helm and configure it later.')).toEqual([
      'helm',
    ]);
  });

  it('does not take "in flux" for Flux but takes Flux CD and the Flux controllers', () => {
    expect(refs('The API is still in flux.')).toEqual([]);
    expect(refs('Everything Is In Flux: Managing Change')).toEqual([]);
    expect(refs('GitOps with Flux CD')).toEqual(['flux']);
    expect(refs('how the flux controllers reconcile sources')).toEqual([
      'flux',
    ]);
    expect(refs('We moved from Argo CD to Flux last year.')).toEqual([
      'argo',
      'flux',
    ]);
  });

  it('needs evidence for names that are ordinary words', () => {
    expect(
      refs('This kind of problem shows up at scale, so keep it simple.'),
    ).toEqual([]);
    expect(refs('Tests run in a kind cluster')).toEqual(['kind']);
    expect(refs('Local clusters with KinD')).toEqual(['kind']);
  });

  it('takes a company as a company', () => {
    expect(refs('Hands-on workshop hosted by Datadog')).toEqual([]);
    expect(refs('Engineers at Datadog share their lessons')).toEqual([]);
    expect(refs('Dashboards in Datadog and Prometheus')).toEqual([
      'datadog',
      'prometheus',
    ]);
  });

  it('takes sponsors, affiliations and events as not the technology', () => {
    expect(refs('Gold Sponsor In-Booth Demos Sponsor: Sysdig')).toEqual([]);
    expect(refs('A panel with Loris Degioanni, Sysdig and others')).toEqual([]);
    expect(refs('Runtime security with Falco, Sysdig and Prometheus')).toEqual([
      'falco',
      'sysdig',
      'prometheus',
    ]);
    expect(refs('Cloud Native AI + Kubeflow Day | Opening Remarks')).toEqual(
      [],
    );
    expect(refs('ArgoCon | Welcome')).toEqual([]);
  });

  it('ignores the speakers that Sched appends to titles', () => {
    expect(
      refs(
        'Scaling Argo - Ana Silva, Datadog; Bo Li, Falco Labs\n\nWe run Prometheus.',
      ),
    ).toEqual(['argo', 'prometheus']);
    expect(refs('GitOps - Intro, Updates and Argo in Production')).toEqual([
      'argo',
    ]);
  });

  it('finds names in words glued by a lost line break, and abbreviations in the plural', () => {
    expect(refs('Projects: Prometheus, GrafanaOpen Source: PyTorch')).toEqual([
      'prometheus',
      'grafana',
    ]);
    expect(refs('Dispatching jobs with MultiKueue')).toEqual(['kueue']);
    expect(refs('Comparing CNIs for bare metal')).toEqual(['cni']);
  });

  it('takes a shortened name only where its vendor or parent is named', () => {
    expect(refs('Building Pipelines for data teams')).toEqual([]);
    expect(refs('Kubeflow makes it easy: Pipelines run every step')).toEqual([
      'kubeflow',
      'kubeflow-pipelines',
    ]);
  });

  it('takes an ordinary-word name written as a name twice', () => {
    expect(
      refs('Volcano for Inference\n\nVolcano is a batch scheduler.'),
    ).toEqual(['volcano']);
    expect(refs('A volcano of data')).toEqual([]);
  });

  it('ignores names inside links', () => {
    expect(
      refs('Details: https://falco.org/docs and www.kubernetes.io'),
    ).toEqual([]);
  });

  it('reports the longest name and each technology once', () => {
    const [match, ...rest] = matcher.match(
      'Envoy Gateway replaces our Envoy Gateway setup.',
    );
    expect(rest).toEqual([]);
    expect(match.ref).toBe('technology:default/envoy-gateway');
    expect(match.mentions).toHaveLength(2);
  });

  it('reports mentions with offsets into the original text', () => {
    const text = '📚 Tutorial: Open Policy Agent – “OPA” for K8s\n\nWhy OPA?';
    const [opa, kubernetes] = matcher.match(text);
    expect(opa.name).toBe('Open Policy Agent (OPA)');
    expect(opa.mentions.map(m => [m.text, text.slice(m.start, m.end)])).toEqual(
      [
        ['Open Policy Agent', 'Open Policy Agent'],
        ['OPA', 'OPA'],
        ['OPA', 'OPA'],
      ],
    );
    expect(kubernetes.mentions).toEqual([
      { text: 'K8s', start: text.indexOf('K8s'), end: text.indexOf('K8s') + 3 },
    ]);
  });

  it('returns matches in order of first mention', () => {
    expect(refs('Prometheus, then Argo, then Kubernetes')).toEqual([
      'prometheus',
      'argo',
      'kubernetes',
    ]);
  });
});
