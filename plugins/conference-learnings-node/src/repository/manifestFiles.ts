import { EvidenceScope } from './types';

/** The kinds of file the analysis reads, each with its parser. @public */
export type ManifestKind =
  | 'npm'
  | 'go'
  | 'maven'
  | 'gradle'
  | 'pip'
  | 'pyproject'
  | 'cargo'
  | 'gem'
  | 'nuget'
  | 'dockerfile'
  | 'compose'
  | 'helm-chart'
  | 'helm-values'
  | 'kustomization'
  | 'github-workflow'
  | 'gitlab-ci'
  | 'terraform'
  | 'kubernetes';

/** Folders whose files are never the service's own (dependencies, documentation, VCS). */
const IGNORED_FOLDERS = new Set([
  'node_modules',
  'vendor',
  'third_party',
  '.git',
  'docs',
  'doc',
  'documentation',
]);

/** Folders whose files serve tests only (end-to-end test tools' folders too). */
const TEST_FOLDERS = new Set([
  'test',
  'tests',
  '__tests__',
  'e2e',
  'testdata',
  'test-data',
  'fixtures',
  '__fixtures__',
  'integration-tests',
  'integration-test',
  'testing',
  'playwright',
  'cypress',
]);

/** Folders of local development setups. */
const LOCAL_FOLDERS = new Set(['hack', 'dev', '.devcontainer']);

/** Folders of examples: example programs, or examples of deploying the service. */
const EXAMPLE_FOLDERS = new Set([
  'examples',
  'example',
  '.examples',
  'samples',
  'sample',
]);

/** Kinds that deploy to a cluster: never a local setup, wherever they are kept. */
const CLUSTER_KINDS = new Set<ManifestKind>([
  'helm-chart',
  'helm-values',
  'kustomization',
  'kubernetes',
]);

const BY_NAME: [RegExp, ManifestKind][] = [
  [/^package\.json$/, 'npm'],
  [/^go\.mod$/, 'go'],
  [/^pom\.xml$/, 'maven'],
  [/^build\.gradle(\.kts)?$/, 'gradle'],
  [/^requirements([-_.][\w.-]*)?\.(txt|in)$/i, 'pip'],
  [/^pyproject\.toml$/, 'pyproject'],
  [/^Cargo\.toml$/, 'cargo'],
  [/^Gemfile$/, 'gem'],
  [/\.(cs|fs|vb)proj$/, 'nuget'],
  [/^(Dockerfile|Containerfile)([-.][\w.-]+)?$|\.Dockerfile$/i, 'dockerfile'],
  [/^(docker-)?compose([-.][\w.-]+)?\.ya?ml$/i, 'compose'],
  [/^Chart\.ya?ml$/, 'helm-chart'],
  [/^values([-.][\w.-]+)?\.ya?ml$/, 'helm-values'],
  [/^kustomization\.ya?ml$|^Kustomization$/, 'kustomization'],
  [/^\.gitlab-ci\.ya?ml$/, 'gitlab-ci'],
  [/\.tf$/, 'terraform'],
];

/**
 * The kind of manifest a path is, or undefined for a file the analysis does not
 * read: dependency manifests, container, Compose, Helm, Kustomize and Kubernetes
 * YAML, CI workflows and Terraform — never source code, and nothing under
 * `node_modules`, `vendor`, `docs` or `.git`.
 * @public
 */
export function manifestKind(path: string): ManifestKind | undefined {
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  const folders = parts.slice(0, -1);
  if (folders.some(folder => IGNORED_FOLDERS.has(folder))) return undefined;
  if (
    folders.length >= 2 &&
    folders[folders.length - 2] === '.github' &&
    folders[folders.length - 1] === 'workflows' &&
    /\.ya?ml$/.test(name)
  ) {
    return 'github-workflow';
  }
  if (
    folders[folders.length - 1] === 'requirements' &&
    /\.(txt|in)$/.test(name)
  ) {
    return 'pip';
  }
  for (const [pattern, kind] of BY_NAME) {
    if (pattern.test(name)) return kind;
  }
  if (/\.ya?ml$/.test(name) && !name.startsWith('.')) {
    return folders.some(folder => folder.startsWith('.'))
      ? undefined
      : 'kubernetes';
  }
  return undefined;
}

/** Whether the analysis reads a path: the filter of a repository's tree. @public */
export function isManifestPath(path: string): boolean {
  return manifestKind(path) !== undefined;
}

/**
 * The scope of what a file names by where it is: anything in a test folder is
 * for tests. Otherwise the innermost local-setup or example folder decides: a
 * local setup is `dev`; an example program is `dev` too, but an example of
 * deploying the service (a Compose file) is how it runs. Cluster deployments
 * (Kubernetes, Helm, Kustomize) run wherever they are kept.
 */
export function scopeOfPath(path: string, kind: ManifestKind): EvidenceScope {
  const folders = path.toLowerCase().split('/').slice(0, -1);
  if (folders.some(folder => TEST_FOLDERS.has(folder))) return 'test';
  if (CLUSTER_KINDS.has(kind)) return 'runtime';
  const innermost = folders
    .reverse()
    .find(folder => LOCAL_FOLDERS.has(folder) || EXAMPLE_FOLDERS.has(folder));
  if (!innermost) return 'runtime';
  return EXAMPLE_FOLDERS.has(innermost) && kind === 'compose'
    ? 'runtime'
    : 'dev';
}

/** Parts of a file's name that make it a test's (`docker-compose.ci-test.yml`) or a development setup's. */
const TEST_NAME_PARTS = new Set([
  'test',
  'tests',
  'testing',
  'e2e',
  'ci',
  'integration',
]);
const DEV_NAME_PARTS = new Set([
  'dev',
  'devel',
  'development',
  'debug',
  'local',
  'devcontainer',
  'override',
]);

/**
 * The scope of a file by the parts of its name (split at `-`, `.` and `_`):
 * `Dockerfile.test` is for tests, `docker-compose.dev.yml` for development;
 * `Dockerfile.latest` is neither.
 */
export function scopeOfFileName(path: string): EvidenceScope {
  const parts = (path.split('/').pop() ?? '').toLowerCase().split(/[-._]/);
  if (parts.some(part => TEST_NAME_PARTS.has(part))) return 'test';
  return parts.some(part => DEV_NAME_PARTS.has(part)) ? 'dev' : 'runtime';
}
