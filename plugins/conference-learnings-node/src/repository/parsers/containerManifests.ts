import { scopeOfFileName } from '../manifestFiles';
import { EvidenceScope, ManifestMention, RepositoryFile } from '../types';
import { downloads, runStepMentions } from './dockerfileSteps';
import { imageMention } from './images';
import { lineFinder } from './lines';
import { parseYamlDocument } from './yaml';

/* Dockerfiles and Compose files: the images a service is built on and runs with. */

/** A Dockerfile instruction, its continuation lines joined, at its first line. */
interface Instruction {
  keyword: string;
  text: string;
  line: number;
  /** The lines it spans, as written */
  lines: string[];
}

/** A Dockerfile's instructions; comment lines between continuation lines are left out. */
function instructionsOf(content: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending: Instruction | undefined;
  content.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    pending?.lines.push(raw);
    if (/^\s*#/.test(line)) return;
    const continues = line.endsWith('\\');
    const text = continues ? line.slice(0, -1) : line;
    if (pending) pending.text += ` ${text.trim()}`;
    else {
      const keyword = /^\s*([A-Za-z]+)\s/.exec(text)?.[1]?.toUpperCase();
      pending = keyword
        ? {
            keyword,
            text: text.trim().slice(keyword.length),
            line: i + 1,
            lines: [raw],
          }
        : undefined;
    }
    if (!continues && pending) {
      instructions.push(pending);
      pending = undefined;
    }
  });
  if (pending) instructions.push(pending);
  return instructions;
}

/** How many lines on from the last word found the next is looked for. */
const WORD_SEARCH_LINES = 50;

/**
 * The lines of the words of an instruction, looked up in order: each from the
 * line of the one before, within {@link WORD_SEARCH_LINES} lines, else from the
 * instruction's first line (a step's release download may stand before the
 * last package it installs).
 */
function wordLines(instruction: Instruction): (word: string) => number {
  const find = (word: string, from: number) => {
    const end = Math.min(instruction.lines.length, from + WORD_SEARCH_LINES);
    for (let i = from; i < end; i++) {
      if (instruction.lines[i].includes(word)) return i;
    }
    return -1;
  };
  let last = 0;
  return word => {
    let at = find(word, last);
    if (at < 0) at = find(word, 0);
    if (at >= 0) last = at;
    return instruction.line + last;
  };
}

/** `${NAME}` and `$NAME` replaced by the defaults of `ARG NAME=default` before it. */
function withArgDefaults(text: string, args: Map<string, string>): string {
  return text.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (whole, braced, bare) => args.get(braced ?? bare) ?? whole,
  );
}

interface Stage {
  image: string;
  alias?: string;
  line: number;
  /** Its `RUN` and `ADD` instructions */
  steps: Instruction[];
}

/** The stages of a Dockerfile, each with its `RUN` and `ADD` instructions. */
function stagesOf(content: string): Stage[] {
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const instruction of instructionsOf(content)) {
    if (instruction.keyword === 'ARG') {
      const arg = /^\s*(\w+)=["']?([^"'\s]+)/.exec(instruction.text);
      if (arg && !args.has(arg[1])) args.set(arg[1], arg[2]);
    } else if (instruction.keyword === 'FROM') {
      const from = /^\s*(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(
        withArgDefaults(instruction.text, args),
      );
      if (from) {
        stages.push({
          image: from[1],
          alias: from[2]?.toLowerCase(),
          line: instruction.line,
          steps: [],
        });
      }
    } else if (
      (instruction.keyword === 'RUN' || instruction.keyword === 'ADD') &&
      stages.length
    ) {
      stages[stages.length - 1].steps.push(instruction);
    }
  }
  return stages;
}

/**
 * `Dockerfile` (for tests or development when its name says so, `Dockerfile.dev`):
 * the image the shipped stage is built on is a base image; the
 * images of build stages are `build-image`s (their toolchain). Packages that
 * steps install or download count in the shipped stages, and only as dev in
 * build stages — except Python's, which build stages install for the shipped
 * image, and the build tools that build the service.
 */
export function parseDockerfile(file: RepositoryFile): ManifestMention[] {
  const stages = stagesOf(file.content);
  const aliases = new Map(stages.map(s => [s.alias, s]));
  // The shipped stage is the last; follow `FROM <stage>` to the image it starts from.
  const shipped = new Set<Stage>();
  let stage = stages[stages.length - 1];
  while (stage && !shipped.has(stage)) {
    shipped.add(stage);
    stage = aliases.get(stage.image.toLowerCase()) ?? stage;
  }
  const found = stages.flatMap(s => {
    const scope = shipped.has(s) ? 'runtime' : 'dev';
    const stepMentions = s.steps.flatMap(step =>
      step.keyword === 'RUN'
        ? runStepMentions(step.text, wordLines(step), scope)
        : downloads(step.text, wordLines(step), scope),
    );
    if (aliases.has(s.image.toLowerCase())) return stepMentions;
    const base = shipped.has(s)
      ? imageMention(s.image, s.line, 'runtime', 'base image')
      : imageMention(s.image, s.line, 'runtime', 'build stage image').map(
          (mention): ManifestMention => ({
            ...mention,
            ecosystem: 'build-image',
          }),
        );
    return [...base, ...stepMentions];
  });
  const scope = scopeOfFileName(file.path);
  return scope === 'runtime' ? found : found.map(m => ({ ...m, scope }));
}

/** The leading comment says the file is not for production. */
const NOT_FOR_PRODUCTION =
  /\b(?:test|testing|dev|development)\b[^\n]{0,40}\bonly\b|\bnot\b[^\n]{0,20}\bproduction\b/i;
/** A database of the stack is named for development or tests (`POSTGRES_DB: app_dev`). */
const DEVELOPMENT_DATABASE =
  /^[ \t-]*["']?\w*(?:_DB|_DATABASE|_DB_NAME)["']?\s*[:=]\s*["']?[\w-]+_(?:dev|development|test)\b/im;

/**
 * The scope of a Compose file: by its name, else by what it says it is — a
 * leading comment that it is for development or tests only, or a development
 * database — else how the service runs.
 */
function composeScope(file: RepositoryFile): EvidenceScope {
  const byName = scopeOfFileName(file.path);
  if (byName !== 'runtime') return byName;
  const leadingComment = /^(?:\s*#[^\n]*\n)+/.exec(file.content)?.[0] ?? '';
  if (NOT_FOR_PRODUCTION.test(leadingComment)) return 'dev';
  return /_DB|_DATABASE/i.test(file.content) &&
    DEVELOPMENT_DATABASE.test(file.content)
    ? 'dev'
    : 'runtime';
}

/** `docker-compose.minio.yml` → `docker-compose`: the base name of a Compose file's variant. */
const COMPOSE_VARIANT = /^((?:docker-)?compose)[-.][\w.-]+\.ya?ml$/i;
const COMPOSE_BASE = /^(?:docker-)?compose\.ya?ml$/i;
/** A variant named for production (`docker-compose.prod.yml`) is how the service runs, whatever the base is for. */
const PRODUCTION_VARIANT = /[-.](?:prod|production|release|deploy)[-.]/i;

/**
 * The scopes Compose files take from the file they extend: a variant
 * (`docker-compose.minio.yml`) next to a base file (`docker-compose.yml`) is
 * run together with it (`docker compose -f … -f …`), so it is for development
 * or tests when the base file is — unless it is named for production.
 */
export function composeVariantScopes(
  files: RepositoryFile[],
): Map<string, EvidenceScope> {
  const bases = new Map<string, RepositoryFile>();
  for (const file of files) {
    const at = file.path.lastIndexOf('/') + 1;
    const name = file.path.slice(at);
    if (COMPOSE_BASE.test(name)) {
      bases.set(
        `${file.path.slice(0, at)}${name.split('.')[0].toLowerCase()}`,
        file,
      );
    }
  }
  const scopes = new Map<string, EvidenceScope>();
  for (const file of files) {
    const at = file.path.lastIndexOf('/') + 1;
    const name = file.path.slice(at);
    const variant =
      !PRODUCTION_VARIANT.test(name) && COMPOSE_VARIANT.exec(name);
    const base =
      variant &&
      bases.get(`${file.path.slice(0, at)}${variant[1].toLowerCase()}`);
    if (base) scopes.set(file.path, composeScope(base));
  }
  return scopes;
}

/** The image references a service's build arguments name (`BASE_IMAGE: postgres:16`). */
function buildArgImages(build: unknown): string[] {
  const args = (build as { args?: unknown } | undefined)?.args;
  const entries: [string, unknown][] = Array.isArray(args)
    ? args.map(arg => String(arg).split('=', 2) as [string, string])
    : Object.entries(args && typeof args === 'object' ? args : {});
  return entries
    .filter(
      ([key, value]) => /image$/i.test(key.trim()) && typeof value === 'string',
    )
    .map(([, value]) => value as string);
}

/**
 * `docker-compose.yml`: Docker Compose itself, the image of every service, and
 * the images its builds start from (`build.args.*IMAGE`).
 */
export function parseCompose(file: RepositoryFile): ManifestMention[] {
  const scope = composeScope(file);
  const compose = parseYamlDocument(file.content) as any;
  const services = compose?.services ?? {};
  const lines = lineFinder(file.content);
  const found: ManifestMention[] = [
    {
      ecosystem: 'tool',
      name: 'Docker Compose',
      line: 1,
      scope,
      detail: 'a Docker Compose file',
    },
  ];
  for (const [service, definition] of Object.entries<any>(services)) {
    const references = [
      ...(typeof definition?.image === 'string' ? [definition.image] : []),
      ...buildArgImages(definition?.build),
    ];
    for (const reference of references) {
      found.push(
        ...imageMention(
          reference,
          lines.lineOf(reference),
          scope,
          `Compose service ${service} image`,
        ),
      );
    }
  }
  return found;
}
