import { EvidenceScope, ManifestMention } from '../types';
import { requirementNames } from './pythonManifests';

/*
 * What a Dockerfile's steps install, build with and download: OS packages
 * (apt, apk, dnf …), PHP extensions (docker-php-ext-install, pecl, phpX-…
 * packages), Python packages (pip install / pip wheel), the build tools its
 * `RUN` steps run (cargo, mvn, gradle, go, dotnet) and the projects' releases
 * it fetches. Read as shell words, never run.
 */

/** A `RUN` step's shell words, quotes removed, split into commands at `&&`, `||`, `;` and `|`. */
function commandsOf(text: string): string[][] {
  const commands: string[][] = [[]];
  const words = text.match(/"[^"]*"|'[^']*'|&&|\|\||[;|]|[^\s"';|&]+|&/g) ?? [];
  for (const word of words) {
    if (['&&', '||', ';', '|', '&'].includes(word)) commands.push([]);
    else
      commands[commands.length - 1].push(word.replace(/^(["'])(.*)\1$/, '$2'));
  }
  return commands.filter(command => command.length);
}

/** Words before the command itself: `sudo`, `VAR=value`, apt wrappers. */
function withoutPrefixes(command: string[]): string[] {
  let at = 0;
  while (
    at < command.length &&
    (/^\w+=/.test(command[at]) ||
      ['sudo', 'apt-dpkg-wrap', 'exec', 'command', 'env'].includes(command[at]))
  ) {
    at++;
  }
  return command.slice(at);
}

/** The kinds of installer: the OS's package manager, pip, PHP's extension installers. */
type Installer = 'os' | 'pip' | 'php';

/** Options whose value is the next word, per installer. */
const OPTIONS_WITH_VALUES: Record<Installer, Set<string>> = {
  os: new Set([
    '-o',
    '-t',
    '--target-release',
    '--virtual',
    '-X',
    '--repository',
    '--repo',
    '--enablerepo',
    '--disablerepo',
  ]),
  pip: new Set([
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '-e',
    '--editable',
    '-t',
    '--target',
    '--prefix',
    '--root',
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '-w',
    '--wheel-dir',
    '--platform',
    '--python-version',
    '--cache-dir',
    '--trusted-host',
    '--only-binary',
    '--no-binary',
    '-C',
    '--config-settings',
  ]),
  php: new Set(['-j', '--configureoptions']),
};

/** The operands of a command after `skip` words, without options and their values. */
function operands(
  words: string[],
  skip: number,
  options: Set<string>,
): string[] {
  const found: string[] = [];
  for (let i = skip; i < words.length; i++) {
    if (options.has(words[i])) i++;
    else if (!words[i].startsWith('-')) found.push(words[i]);
  }
  return found;
}

/** The index of a command's verb: the first word after the program that is no option (nor an option's value). */
function verbAt(words: string[], options: Set<string>): number {
  let at = 1;
  while (at < words.length && words[at].startsWith('-')) {
    at += options.has(words[at]) ? 2 : 1;
  }
  return at;
}

/** How many words name pip: `pip3` 1, `uv pip` 2, `python -m pip` 3; 0 for another program. */
function pipWords(words: string[]): number {
  if (/^pip[\d.]*$/.test(words[0] ?? '')) return 1;
  if (words[0] === 'uv' && words[1] === 'pip') return 2;
  const module = /^python[\d.]*$/.test(words[0] ?? '') && words[1] === '-m';
  return module && words[2] === 'pip' ? 3 : 0;
}

/** Which installer a command is, and how many words name it (`apt-get -y install`: 3). */
function installerOf(words: string[]): [Installer, number] | undefined {
  const program = words[0] ?? '';
  if (
    /^(apt-get|apt|aptitude|yum|dnf|microdnf|zypper|tdnf|apk)$/.test(program)
  ) {
    const at = verbAt(words, OPTIONS_WITH_VALUES.os);
    const verb = program === 'apk' ? 'add' : 'install';
    return words[at] === verb ? ['os', at + 1] : undefined;
  }
  const pip = pipWords(words);
  if (pip) {
    const at = pip - 1 + verbAt(words.slice(pip - 1), OPTIONS_WITH_VALUES.pip);
    return /^(install|wheel)$/.test(words[at] ?? '')
      ? ['pip', at + 1]
      : undefined;
  }
  if (
    /^(docker-php-ext-install|docker-php-ext-enable|install-php-extensions)$/.test(
      program,
    )
  ) {
    return ['php', 1];
  }
  return program === 'pecl' && words[1] === 'install' ? ['php', 2] : undefined;
}

/**
 * The packages a word names: `nginx=1.2-1`, `redis~7`, `unit/noble` → the
 * package; a pip requirement with its extras; nothing for anything templated.
 */
function packageNames(word: string, installer: Installer): string[] {
  if (/[$`*{}()\\]/.test(word) || /^[./]|\.(whl|tar\.gz|zip)$/.test(word)) {
    return [];
  }
  if (installer === 'pip') return requirementNames(word);
  const name = /^[A-Za-z0-9][\w.+-]*?(?=$|[=~/:<>]|-\d)/.exec(word)?.[0];
  return name ? [name.toLowerCase()] : [];
}

/** The mention of one installed package: a `phpX-name` OS package is PHP's extension `name`. */
function installed(
  installer: Installer,
  name: string,
  line: number,
  scope: EvidenceScope,
): ManifestMention {
  const phpExtension = installer === 'os' && /^php[\d.]*-(.+)$/.exec(name)?.[1];
  if (installer === 'php' || phpExtension) {
    return {
      ecosystem: 'php-extension',
      name: phpExtension || name,
      line,
      scope,
      detail: `PHP extension ${name} installed in the image`,
    };
  }
  return installer === 'pip'
    ? {
        ecosystem: 'pypi',
        name,
        line,
        scope: 'runtime',
        detail: `Python package ${name} installed in the image`,
      }
    : {
        ecosystem: 'os-package',
        name,
        line,
        scope,
        detail: `package ${name} installed in the image`,
      };
}

/** Programs that build the service, whatever stage runs them. */
const BUILD_TOOLS = /^(?:\.\/)?(?:mvnw?|gradlew?|cargo|xx-cargo|go|dotnet)$/;

/** The first two words of a command that runs a build tool (`cargo build`, `./mvnw package`). */
function buildCommand(words: string[]): string | undefined {
  return BUILD_TOOLS.test(words[0] ?? '')
    ? words.slice(0, 2).join(' ')
    : undefined;
}

/** A project's release downloaded from GitHub: `https://github.com/org/repo/releases/download/…`. */
const RELEASE_DOWNLOAD =
  /https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/releases\/download\//g;

/** The projects whose GitHub releases a step or `ADD` downloads. */
export function downloads(
  text: string,
  lineOf: (word: string) => number,
  scope: EvidenceScope,
): ManifestMention[] {
  return [...text.matchAll(RELEASE_DOWNLOAD)].map(download => ({
    ecosystem: 'release-download' as const,
    name: download[1].toLowerCase(),
    line: lineOf(download[0]),
    scope,
    detail: `release of ${download[1]} downloaded into the image`,
  }));
}

/**
 * What a `RUN` step (in a stage of `scope`) installs, builds with and
 * downloads, each at the line `lineOf` finds its word. Python packages are
 * the service's wherever they are installed (build stages build its wheels
 * and virtual environments for the shipped image), and so are the build tools
 * that build it.
 */
export function runStepMentions(
  text: string,
  lineOf: (word: string) => number,
  scope: EvidenceScope,
): ManifestMention[] {
  const found = commandsOf(text).flatMap((command): ManifestMention[] => {
    const words = withoutPrefixes(command);
    const built = buildCommand(words);
    if (built) {
      return [
        {
          ecosystem: 'build-command',
          name: built,
          line: lineOf(words[0]),
          scope: 'runtime',
          detail: `the image is built with ${built}`,
        },
      ];
    }
    const installer = installerOf(words);
    if (!installer) return [];
    const [kind, skip] = installer;
    return operands(words, skip, OPTIONS_WITH_VALUES[kind]).flatMap(word =>
      packageNames(word, kind).map(name =>
        installed(kind, name, lineOf(word), scope),
      ),
    );
  });
  return [...found, ...downloads(text, lineOf, scope)];
}
