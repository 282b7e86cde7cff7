import { EvidenceScope, ManifestMention, RepositoryFile } from '../types';
import { imageMention } from './images';
import { withoutComment } from './lines';

/*
 * CI pipelines (GitHub Actions workflows, GitLab CI): the CI system itself,
 * the actions and images its jobs use, the commands its scripts run, and the
 * registries named where the service's images are pushed.
 */

const USES = /^\s*(?:-\s*)?uses:\s*["']?([^\s"'#]+)/;
/** A job's or service's image (`image:`, or `container:` with an image). */
const IMAGE = /^\s*(?:-\s*)?(?:image|container):\s*["']?([^\s"'#]+)/;
/**
 * A registry host named explicitly (`docker.io/org/app`, `registry: quay.io`);
 * official images (`docker.io/library/…`) are third parties', never the service's.
 */
const REGISTRY =
  /(?:^|[^\w.-])((?:index\.|registry-1\.)?docker\.io|quay\.io|[\w-]+\.azurecr\.io|\d+\.dkr\.ecr\.[\w-]+\.amazonaws\.com|public\.ecr\.aws|(?:[\w-]+\.)?gcr\.io)(?![\w.-])(?!\/library\/)/;

/** Whether a line may name a registry: a cheap test before {@link REGISTRY}. */
function mayNameRegistry(line: string): boolean {
  return (
    line.includes('.io') ||
    line.includes('amazonaws.com') ||
    line.includes('ecr.aws')
  );
}

/** A registry host as the rules name it: `docker.io`, `quay.io`, `azurecr.io`, `ecr`, `gcr.io`. */
function registryName(host: string): string {
  if (host.endsWith('docker.io')) return 'docker.io';
  if (host.endsWith('.azurecr.io')) return 'azurecr.io';
  if (host.includes('.ecr.') || host === 'public.ecr.aws') return 'ecr';
  return host.endsWith('gcr.io') ? 'gcr.io' : host;
}
/**
 * Lines that name registries of third parties' images: a command that pulls
 * or runs an image, and scanners' settings (`TRIVY_DB_REPOSITORY: …`), which
 * name the mirrors of their databases.
 */
const THIRD_PARTY_IMAGES =
  /\bdocker\s+(?:pull|run)\b|^\s*["']?(?:TRIVY|GRYPE|SYFT)_\w*["']?\s*[:=]/i;
/** A script line's commands, at `&&`, `||`, `;` and `|`. */
const COMMAND_SEPARATOR = /&&|\|\||[;|]/;

/** Parts of a pipeline's name that make it run tests (`ci` does not: every pipeline is CI). */
const TEST_PIPELINE_PARTS = new Set([
  'test',
  'tests',
  'testing',
  'e2e',
  'integration',
]);

/** A CI file's scope for what it runs and pushes: a pipeline named for tests does so for tests. */
function pipelineScope(path: string): EvidenceScope {
  const parts = (path.split('/').pop() ?? '').toLowerCase().split(/[-._]/);
  return parts.some(part => TEST_PIPELINE_PARTS.has(part)) ? 'test' : 'runtime';
}

/** The commands of one script line: their first three words (`helm upgrade --install`), `sudo` and `VAR=…` left out. */
function commandsOf(script: string): string[] {
  return script.split(COMMAND_SEPARATOR).flatMap(command => {
    const words = command.trim().split(/\s+/);
    while (words.length && (words[0] === 'sudo' || /^\w+=/.test(words[0]))) {
      words.shift();
    }
    return /^[\w.-]+$/.test(words[0] ?? '')
      ? [words.slice(0, 3).join(' ')]
      : [];
  });
}

/**
 * The script lines of a CI file: the values of `run:` (GitHub) or the items of
 * `script:` lists (GitLab), inline or as block scalars and lists, with their
 * line index.
 */
function scriptLines(lines: string[], key: RegExp): [string, number][] {
  const found: [string, number][] = [];
  // The key's indentation, and whether a list at that same indentation is its
  // value (`script:` / `- make`; not so for `- run: |`, itself a list item).
  let block: { indent: number; sameIndentList: boolean } | undefined;
  lines.forEach((raw, i) => {
    const content = raw.trimStart();
    const indent = raw.length - content.length;
    const inBlock =
      block &&
      (indent > block.indent ||
        !content ||
        (block.sameIndentList &&
          indent === block.indent &&
          content.startsWith('- ')));
    if (inBlock) {
      found.push([content.trim().replace(/^-\s+/, ''), i]);
      return;
    }
    block = undefined;
    const script = key.exec(raw);
    if (!script) return;
    if (/^[|>]?[-+]?\s*$/.test(script[2])) {
      block = {
        indent: script[1].length,
        sameIndentList: !content.startsWith('-'),
      };
    } else found.push([script[2], i]);
  });
  return found;
}

/** What a CI file's lines name besides the pipeline itself: images, registries and commands. */
function ciLineMentions(
  file: RepositoryFile,
  scriptKey: RegExp,
  what: string,
): ManifestMention[] {
  const found: ManifestMention[] = [];
  const scope = pipelineScope(file.path);
  const lines = file.content.split('\n');
  lines.forEach((raw, i) => {
    const line = withoutComment(raw);
    const image = IMAGE.exec(line)?.[1];
    if (image) {
      found.push(...imageMention(image, i + 1, 'dev', `${what} image`));
      return;
    }
    const registry =
      mayNameRegistry(line) &&
      !USES.test(line) &&
      !THIRD_PARTY_IMAGES.test(line) &&
      REGISTRY.exec(line)?.[1];
    if (registry) {
      const host = registryName(registry);
      found.push({
        ecosystem: 'container-registry',
        name: host,
        line: i + 1,
        scope,
        detail: `${what} names the registry ${host}`,
      });
    }
  });
  for (const [script, i] of scriptLines(lines, scriptKey)) {
    for (const command of commandsOf(withoutComment(script))) {
      found.push({
        ecosystem: 'ci-command',
        name: command,
        line: i + 1,
        scope,
        detail: `${what} runs ${command}`,
      });
    }
  }
  return found;
}

/** `.github/workflows/*.yml`: GitHub Actions, each action used, CI images (dev), registries and commands. */
export function parseGithubWorkflow(file: RepositoryFile): ManifestMention[] {
  const found: ManifestMention[] = [
    {
      ecosystem: 'tool',
      name: 'GitHub Actions',
      line: 1,
      scope: 'runtime',
      detail: 'a GitHub Actions workflow',
    },
  ];
  file.content.split('\n').forEach((raw, i) => {
    const uses = USES.exec(withoutComment(raw))?.[1];
    if (uses?.startsWith('docker://')) {
      found.push(
        ...imageMention(
          uses.slice('docker://'.length),
          i + 1,
          'dev',
          'workflow step image',
        ),
      );
    } else if (uses && !uses.startsWith('./')) {
      found.push({
        ecosystem: 'github-action',
        name: uses.replace(/@.*$/, '').toLowerCase(),
        line: i + 1,
        scope: 'runtime',
        detail: `GitHub Action ${uses}`,
      });
    }
  });
  return [
    ...found,
    ...ciLineMentions(file, /^(\s*)(?:-\s+)?run:\s*(.*)$/, 'workflow'),
  ];
}

/** `.gitlab-ci.yml`: GitLab, and its jobs' images (dev), registries and commands. */
export function parseGitlabCi(file: RepositoryFile): ManifestMention[] {
  return [
    {
      ecosystem: 'tool',
      name: 'GitLab',
      line: 1,
      scope: 'runtime',
      detail: 'a GitLab CI pipeline',
    },
    ...ciLineMentions(
      file,
      /^(\s*)(?:before_|after_)?script:\s*(.*)$/,
      'GitLab CI',
    ),
  ];
}
