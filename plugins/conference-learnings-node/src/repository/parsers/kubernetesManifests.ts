import { ManifestMention, RepositoryFile } from '../types';
import { imageMention } from './images';
import { withoutComment } from './lines';

/*
 * Kubernetes manifests: Kubernetes itself, each resource's `group/Kind` (a
 * resource kind names its project), the images its containers run, and the
 * backends some resources' settings name (an Ingress's class, a Dapr
 * component's type, a KEDA trigger, an analysis's metric provider) and the
 * sidecars their annotations inject. Read line
 * by line, so Helm templates with `{{ … }}` read as well as plain YAML.
 */

export const KUBERNETES: ManifestMention = {
  ecosystem: 'tool',
  name: 'Kubernetes',
  line: 1,
  scope: 'runtime',
  detail: 'Kubernetes manifests',
};

const API_VERSION = /^apiVersion:\s*["']?(?:([\w.-]+)\/)?(v\d[\w]*)["']?\s*$/;
const KIND = /^kind:\s*["']?(\w+)["']?\s*$/;
const IMAGE = /^\s*(?:-\s*)?image:\s*["']?([^\s"'#]+)/;
/** API groups of tools' configuration files, which look like resources but are never applied. */
const TOOL_CONFIG_GROUPS = new Set([
  'kind.x-k8s.io',
  'k3d.io',
  'skaffold',
  'ctlptl.dev',
]);
/** Groups of YAML that looks like a resource but is a Backstage catalog file (`catalog-info.yaml`). */
function isCatalogGroup(group: string): boolean {
  return group === 'backstage.io' || group.endsWith('.backstage.io');
}
/** Kubernetes' own groups without a dot. */
const CORE_GROUPS = new Set([
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'extensions',
]);

/** One YAML document of a multi-document file: its lines, from `first` (0-based). */
interface Document {
  lines: string[];
  first: number;
}

function documentsOf(content: string): Document[] {
  const documents: Document[] = [{ lines: [], first: 0 }];
  content.split('\n').forEach((line, i) => {
    if (/^---/.test(line)) documents.push({ lines: [], first: i + 1 });
    else documents[documents.length - 1].lines.push(line);
  });
  return documents;
}

/** What a setting of a resource names: the mention's ecosystem and name. */
type Setting = [ManifestMention['ecosystem'], string];

/** An Ingress's class: `ingressClassName: nginx` or the `kubernetes.io/ingress.class` annotation. */
export function ingressClassOf(line: string): Setting | undefined {
  const match =
    /^\s*(?:ingressClassName|["']?kubernetes\.io\/ingress\.class["']?)\s*:\s*["']?([\w.-]+)/.exec(
      withoutComment(line),
    );
  return match ? ['ingress-class', match[1].toLowerCase()] : undefined;
}

/**
 * An annotation or label by which a project injects its sidecar or agent into
 * a workload (`dapr.io/enabled: "true"`, `linkerd.io/inject: enabled`,
 * `istio-injection: enabled`).
 */
export function injectionOf(line: string): Setting | undefined {
  const match =
    /^\s*["']?([\w.-]+\/[\w.-]+|istio-injection)["']?\s*:\s*["']?(?:true|enabled)["']?\s*$/.exec(
      withoutComment(line),
    );
  return match ? ['kubernetes-annotation', match[1].toLowerCase()] : undefined;
}

/** Keys under `provider:` of an Argo Rollouts analysis or a Flagger metric template name the metrics backend. */
function metricProviders(lines: string[]): (Setting | undefined)[] {
  let providerIndent: number | undefined;
  return lines.map(line => {
    const key = /^(\s*)(?:-\s+)?([\w-]+):\s*["']?([\w.-]*)/.exec(
      withoutComment(line),
    );
    if (!key) return undefined;
    const indent = key[1].length;
    if (providerIndent !== undefined && indent > providerIndent) {
      const name = key[2] === 'type' ? key[3] : key[2];
      providerIndent = undefined;
      return name ? ['metric-provider', name.toLowerCase()] : undefined;
    }
    providerIndent = key[2] === 'provider' && !key[3] ? indent : undefined;
    return undefined;
  });
}

/** Readers of the settings that name backends, by `group/Kind` of the resource. */
const SETTINGS: Record<string, (lines: string[]) => (Setting | undefined)[]> = {
  // A Dapr component's `type: state.redis` → the backend after the building block.
  'dapr.io/component': lines =>
    lines.map(line => {
      const type = /^\s+type:\s*["']?[\w-]+\.([\w.-]+)/.exec(line)?.[1];
      return type ? ['dapr-component', type.toLowerCase()] : undefined;
    }),
  // A Dapr configuration's tracing exporters (`zipkin:`, `otel:`).
  'dapr.io/configuration': lines =>
    lines.map(line => {
      const exporter = /^\s+(zipkin|otel):\s*$/.exec(line)?.[1];
      return exporter ? ['dapr-component', exporter] : undefined;
    }),
  'keda.sh/scaledobject': kedaTriggers,
  'keda.sh/scaledjob': kedaTriggers,
  'argoproj.io/analysistemplate': metricProviders,
  'argoproj.io/clusteranalysistemplate': metricProviders,
  'flagger.app/metrictemplate': metricProviders,
};

/** A KEDA scaler's triggers: `- type: rabbitmq`. */
function kedaTriggers(lines: string[]): (Setting | undefined)[] {
  return lines.map(line => {
    const type = /^\s*-\s+type:\s*["']?([\w-]+)/.exec(line)?.[1];
    return type ? ['keda-trigger', type.toLowerCase()] : undefined;
  });
}

/** The mentions of one document; whether it is a resource applied to a cluster. */
function documentMentions(document: Document): {
  found: ManifestMention[];
  isResource: boolean;
} {
  let apiVersion: { group: string; line: number } | undefined;
  let kind: string | undefined;
  document.lines.forEach((line, i) => {
    const version = API_VERSION.exec(line);
    if (version || /^apiVersion:.*\{\{/.test(line)) {
      // A templated version (`{{ include … }}`) is some Kubernetes API.
      apiVersion = {
        group: (version?.[1] ?? '').toLowerCase(),
        line: document.first + i + 1,
      };
    }
    kind = KIND.exec(line)?.[1] ?? kind;
  });
  const found: ManifestMention[] = [];
  const group = apiVersion?.group;
  const isApiGroup =
    group !== undefined &&
    (group === '' ||
      group.includes('.') ||
      CORE_GROUPS.has(group) ||
      TOOL_CONFIG_GROUPS.has(group));
  if (!apiVersion || !kind || !isApiGroup || isCatalogGroup(group)) {
    return { found, isResource: false };
  }
  const resource = `${group}/${kind.toLowerCase()}`;
  const toolConfig = TOOL_CONFIG_GROUPS.has(apiVersion.group);
  if (group !== '' && !CORE_GROUPS.has(apiVersion.group)) {
    found.push({
      ecosystem: 'kubernetes-api',
      name: `${apiVersion.group}/${kind}`,
      line: apiVersion.line,
      scope: 'runtime',
      detail: `${
        toolConfig ? 'configuration' : 'Kubernetes resource'
      } ${kind} (${apiVersion.group})`,
    });
  }
  const settings = SETTINGS[resource]?.(document.lines) ?? [];
  document.lines.forEach((line, i) => {
    const setting = settings[i] ?? ingressClassOf(line) ?? injectionOf(line);
    const at = document.first + i + 1;
    if (setting) {
      found.push({
        ecosystem: setting[0],
        name: setting[1],
        line: at,
        scope: 'runtime',
        detail: `${kind} ${setting[0].replace('-', ' ')} ${setting[1]}`,
      });
    }
    const image = IMAGE.exec(line);
    if (image) {
      found.push(...imageMention(image[1], at, 'runtime', 'container image'));
    }
  });
  return { found, isResource: !toolConfig };
}

/** Kubernetes YAML (multi-document): each resource, its settings and its containers' images. */
export function parseKubernetesManifest(
  file: RepositoryFile,
): ManifestMention[] {
  const documents = documentsOf(file.content).map(documentMentions);
  return documents.some(d => d.isResource)
    ? [KUBERNETES, ...documents.flatMap(d => d.found)]
    : documents.flatMap(d => d.found);
}
