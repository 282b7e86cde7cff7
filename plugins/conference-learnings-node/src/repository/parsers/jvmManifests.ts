import { XMLParser } from 'fast-xml-parser';
import { EvidenceScope, ManifestMention, RepositoryFile } from '../types';
import { lineFinder } from './lines';
import { toolMention } from './packageManifests';

/* Maven and Gradle build files: the build tool, and the packages they depend on. */

export const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
});

export function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function mavenScope(scope: unknown): EvidenceScope {
  if (scope === 'test') return 'test';
  return scope === 'provided' ? 'dev' : 'runtime';
}

/**
 * `pom.xml`: Maven itself, dependencies (test scope is test, provided dev),
 * build plugins (dev); managed versions are not uses.
 */
export function parsePom(file: RepositoryFile): ManifestMention[] {
  const project = xml.parse(file.content)?.project ?? {};
  const dependencies = [
    ...asList(project.dependencies?.dependency),
    ...asList(project.profiles?.profile).flatMap((p: any) =>
      asList(p?.dependencies?.dependency),
    ),
  ];
  const plugins = asList(project.build?.plugins?.plugin);
  const lines = lineFinder(file.content);
  const found: ManifestMention[] = [
    toolMention('Maven', lines.lineOf('<project'), 'a Maven project (pom.xml)'),
  ];
  const add = (entry: any, scope: EvidenceScope, what: string) => {
    if (!entry?.groupId || !entry?.artifactId) return;
    const name = `${entry.groupId}:${entry.artifactId}`;
    found.push({
      ecosystem: 'maven',
      name,
      scope,
      line: lines.lineOf(`<artifactId>${entry.artifactId}</artifactId>`),
      detail: `Maven ${what} ${name}${
        scope === 'runtime' ? '' : ` (${scope})`
      }`,
    });
  };
  for (const dependency of dependencies) {
    add(dependency, mavenScope(dependency?.scope), 'dependency');
  }
  if (project.parent) add(project.parent, 'runtime', 'parent');
  for (const plugin of plugins) add(plugin, 'dev', 'build plugin');
  return found;
}

/** The scope of a Gradle configuration: test…, compile-only, annotation processors, build classpath. */
function gradleScope(configuration: string): EvidenceScope | undefined {
  if (/^test|^androidTest|^integrationTest/i.test(configuration)) return 'test';
  if (
    /compileOnly|provided|annotationProcessor|kapt|ksp|developmentOnly|detekt|lint|^classpath$/i.test(
      configuration,
    )
  ) {
    return 'dev';
  }
  return /implementation|^api$|runtimeOnly|^compile$|^runtime$/i.test(
    configuration,
  )
    ? 'runtime'
    : undefined;
}

/** `"group:artifact:version"` coordinates in a string literal, optionally in `platform(…)`. */
const COORDINATES =
  /^(?:(?:enforcedP|p)latform\s*\(\s*)?["']([\w.-]+):([\w.-]+)(?::[^"'\s]*)?["']/;
/** Map notation: `group: 'g', name: 'a'` (Groovy) or `group = "g", name = "a"` (Kotlin). */
const MAP_NOTATION =
  /^group\s*[:=]\s*["']([\w.-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.-]+)["']/;
/** A dependency declaration: `implementation "g:a:v"`, `api("g:a")`, `runtimeOnly group: …`. */
const DECLARATION = /^(\w+)\s*(?:\(\s*|\s)(.*)$/;

/** The coordinates a declaration's arguments (or a continuation line) name. */
function coordinatesOf(text: string): string | undefined {
  const match = COORDINATES.exec(text) ?? MAP_NOTATION.exec(text);
  return match ? `${match[1]}:${match[2]}` : undefined;
}

/** Whether a build file applies the Kotlin plugin (`kotlin("jvm")`, `org.jetbrains.kotlin.*`, `apply plugin: 'kotlin'`). */
const KOTLIN_PLUGIN =
  /^\s*(?:kotlin\s*\(\s*["'][\w.-]+["']\s*\)|id\s*(?:\(\s*)?["'](?:org\.jetbrains\.kotlin\.[\w.-]+|kotlin(?:-[\w-]+)?)["']|apply\s+plugin\s*:\s*["']kotlin(?:-[\w-]+)?["']|alias\s*\(\s*libs\.plugins\.kotlin\b)/;

/**
 * `build.gradle(.kts)`: Gradle itself, Kotlin when the Kotlin plugin is
 * applied, and the dependencies of `dependencies { … }` blocks — one a line,
 * or a list continued over lines after a trailing comma.
 */
export function parseGradle(file: RepositoryFile): ManifestMention[] {
  const found: ManifestMention[] = [
    toolMention('Gradle Build Tool', 1, 'a Gradle build (build.gradle)'),
  ];
  let depth = 0;
  let dependenciesDepth: number | undefined;
  let continued: { configuration: string; scope: EvidenceScope } | undefined;
  file.content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (KOTLIN_PLUGIN.test(line)) {
      found.push(toolMention('Kotlin', i + 1, 'the Kotlin Gradle plugin'));
    }
    if (dependenciesDepth === undefined && /^dependencies\s*\{/.test(line)) {
      dependenciesDepth = depth;
    }
    const declaration =
      dependenciesDepth !== undefined ? DECLARATION.exec(line) : null;
    const scope = declaration ? gradleScope(declaration[1]) : undefined;
    const current =
      declaration && scope
        ? { configuration: declaration[1], scope }
        : continued;
    const coordinates =
      (declaration && scope && coordinatesOf(declaration[2])) ||
      (!declaration && continued ? coordinatesOf(line) : undefined);
    if (coordinates && current) {
      found.push({
        ecosystem: 'maven',
        name: coordinates,
        scope: current.scope,
        line: i + 1,
        detail: `Gradle ${current.configuration} ${coordinates}`,
      });
    }
    continued = current && line.endsWith(',') ? current : undefined;
    for (const char of line) {
      if (char === '{') depth++;
      else if (char === '}') depth--;
    }
    if (dependenciesDepth !== undefined && depth <= dependenciesDepth) {
      dependenciesDepth = undefined;
    }
  });
  return found;
}
