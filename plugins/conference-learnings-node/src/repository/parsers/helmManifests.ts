import { ManifestMention, RepositoryFile } from '../types';
import { imageName } from './images';
import { ingressClassOf, injectionOf, KUBERNETES } from './kubernetesManifests';
import { lineFinder, withoutComment } from './lines';
import { parseYamlDocument } from './yaml';

/* Helm charts and their values, and kustomizations: what they deploy. */

function helm(line: number, detail: string): ManifestMention {
  return { ecosystem: 'tool', name: 'Helm', line, scope: 'runtime', detail };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `Chart.yaml`: Helm and Kubernetes, and the charts it depends on. */
export function parseChart(file: RepositoryFile): ManifestMention[] {
  const chart = parseYamlDocument(file.content) as any;
  const lines = lineFinder(file.content);
  const found: ManifestMention[] = [
    { ...KUBERNETES, detail: 'a Helm chart' },
    helm(1, 'a Helm chart'),
  ];
  for (const dependency of asArray(chart?.dependencies) as any[]) {
    if (typeof dependency?.name !== 'string') continue;
    found.push({
      ecosystem: 'helm-chart',
      name: dependency.name.toLowerCase(),
      line: lines.lineOf(dependency.name),
      scope: 'runtime',
      detail: `Helm chart dependency ${dependency.name}${
        typeof dependency.repository === 'string'
          ? ` (${dependency.repository})`
          : ''
      }`,
    });
  }
  return found;
}

const IMAGE = /^\s*(?:-\s*)?image:\s*["']?([^\s"'#]+)/;
const REPOSITORY = /^(\s*)repository:\s*["']?([^\s"'#]+)/;

/** Whether a `tag:` key stands within two lines of line `i`, as image blocks have. */
function nearTag(lines: string[], i: number): boolean {
  return lines
    .slice(Math.max(0, i - 2), i + 3)
    .some(line => /^\s*tag:/.test(line));
}

/**
 * `values*.yaml`: images, as `image: name:tag` or `repository: name` next to a
 * tag, the ingress class the chart's Ingress is given, and the sidecars the
 * pods' annotations inject.
 */
export function parseHelmValues(file: RepositoryFile): ManifestMention[] {
  const found: ManifestMention[] = [];
  const lines = file.content.split('\n');
  lines.forEach((raw, i) => {
    const setting = ingressClassOf(raw) ?? injectionOf(raw);
    if (setting) {
      found.push({
        ecosystem: setting[0],
        name: setting[1],
        line: i + 1,
        scope: 'runtime',
        detail: `Helm values ${setting[0].replace('-', ' ')} ${setting[1]}`,
      });
    }
    const line = withoutComment(raw);
    const image = IMAGE.exec(line);
    const repository = REPOSITORY.exec(line);
    const reference = image?.[1] ?? repository?.[2];
    if (!reference || (repository && /^https?:|^oci:/.test(reference))) return;
    const name = imageName(reference);
    if (!name || (!image && !/[/.]/.test(name) && !nearTag(lines, i))) return;
    found.push({
      ecosystem: 'image',
      name,
      line: i + 1,
      scope: 'runtime',
      detail: `Helm values image ${reference}`,
    });
  });
  return found;
}

/** `kustomization.yaml`: Kubernetes, and the images and Helm charts it sets. */
export function parseKustomization(file: RepositoryFile): ManifestMention[] {
  const kustomization = parseYamlDocument(file.content) as any;
  const lines = lineFinder(file.content);
  const found: ManifestMention[] = [
    { ...KUBERNETES, detail: 'a kustomization' },
  ];
  for (const entry of asArray(kustomization?.images) as any[]) {
    const reference = entry?.newName ?? entry?.name;
    const name =
      typeof reference === 'string' ? imageName(reference) : undefined;
    if (name) {
      found.push({
        ecosystem: 'image',
        name,
        line: lines.lineOf(reference),
        scope: 'runtime',
        detail: `kustomization image ${reference}`,
      });
    }
  }
  for (const chart of asArray(kustomization?.helmCharts) as any[]) {
    if (typeof chart?.name !== 'string') continue;
    found.push(
      helm(lines.lineOf('helmCharts'), 'Helm charts in a kustomization'),
      {
        ecosystem: 'helm-chart',
        name: chart.name.toLowerCase(),
        line: lines.lineOf(chart.name),
        scope: 'runtime',
        detail: `Helm chart ${chart.name}`,
      },
    );
  }
  return found;
}
