import { Command, Option } from 'commander';
import {
  analyseRepository,
  RepositoryAnalysis,
  readLocalRepository,
} from '@conference-learnings/plugin-conference-learnings-node';
import { CliIo } from '../lib/context';
import { DEFAULT_TIMEOUT_MS, parseDuration } from '../lib/input';
import { loadScanTechnologies } from '../lib/repositoryTechnologies';

interface ScanOptions {
  landscape?: string;
  json?: boolean;
  timeout: number;
}

/** The analysis as people read it: each technology, then its evidence, one per line. */
function formatScan(dir: string, analysis: RepositoryAnalysis): string {
  const lines = [
    `${dir}: ${analysis.technologies.length} technolog${
      analysis.technologies.length === 1 ? 'y' : 'ies'
    }`,
  ];
  for (const technology of analysis.technologies) {
    lines.push(
      '',
      `${technology.name} (${technology.ref})${
        technology.scope === 'runtime' ? '' : ` — ${technology.scope} only`
      }`,
    );
    for (const evidence of technology.evidence) {
      lines.push(
        `  ${evidence.file}:${evidence.line}  ${evidence.rule}${
          evidence.scope === 'runtime' ? '' : `  [${evidence.scope}]`
        }`,
      );
    }
  }
  if (analysis.skipped.length) {
    lines.push('', `Skipped ${analysis.skipped.length} file(s):`);
    for (const { path, reason } of analysis.skipped) {
      lines.push(`  ${path}: ${reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Registers `scan DIR [--landscape FILE] [--json]`. */
export function registerScanCommand(program: Command, io: CliIo) {
  program
    .command('scan')
    .description(
      'Show which technologies the manifest files of a local checkout show its service uses, with the file, line and rule of each piece of evidence: what the catalog infers from the repository.',
    )
    .argument('<dir>', 'folder of the repository (or of one service in it)')
    .option(
      '--landscape <file>',
      'CNCF landscape.yml (file or http(s) URL) naming the technologies; without it, the technologies the built-in rules name',
    )
    .option(
      '--json',
      'print {"technologies":[{"name","ref","scope","evidence":[{"file","line","rule","scope"}]}],"skipped":[…]}',
    )
    .addOption(
      new Option('--timeout <duration>', 'time limit for a landscape URL')
        .argParser(parseDuration)
        .default(DEFAULT_TIMEOUT_MS, '30s'),
    )
    .action(async (dir: string, options: ScanOptions) => {
      const technologies = await loadScanTechnologies(options.landscape, {
        fetch: io.fetch,
        timeoutMs: options.timeout,
      });
      const repository = await readLocalRepository(dir);
      const analysis = analyseRepository(
        repository.files,
        technologies.resolver,
        { titles: technologies.titles },
      );
      const result: RepositoryAnalysis = {
        technologies: analysis.technologies,
        skipped: [...repository.skipped, ...analysis.skipped],
      };
      io.stdout(
        options.json
          ? `${JSON.stringify(result, null, 2)}\n`
          : formatScan(dir, result),
      );
    });
}
