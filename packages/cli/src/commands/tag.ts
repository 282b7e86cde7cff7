import { Command, Option } from 'commander';
import { CliIo, EXIT_USAGE } from '../lib/context';
import { isUrl } from '@conference-learnings/plugin-conference-learnings-node';
import { DEFAULT_TIMEOUT_MS, parseDuration, readInput } from '../lib/input';
import { tagDocuments } from '../lib/tagDocuments';
import { loadTechnologyDetector } from '../lib/technologies';
import { writeOutput } from '../lib/writeOutput';

interface TagOptions {
  landscape: string;
  output?: string;
  inPlace?: boolean;
  timeout: number;
}

/** Registers `tag FILE --landscape FILE`. */
export function registerTagCommand(program: Command, io: CliIo) {
  program
    .command('tag')
    .description(
      "Add the technologies detected in each Talk's title and description to its spec.technologies, keeping existing entries, comments and key order.",
    )
    .argument('<file>', 'catalog YAML file (or http(s) URL) to tag')
    .requiredOption(
      '--landscape <file>',
      'CNCF landscape.yml (file or http(s) URL) listing the technologies to detect',
    )
    .addOption(
      new Option(
        '-o, --output <file>',
        'write the YAML to this file',
      ).conflicts('inPlace'),
    )
    .option('-i, --in-place', 'rewrite FILE itself (only if anything changes)')
    .addOption(
      new Option('--timeout <duration>', 'time limit for URL sources')
        .argParser(parseDuration)
        .default(DEFAULT_TIMEOUT_MS, '30s'),
    )
    .action(async (file: string, options: TagOptions, command: Command) => {
      if (options.inPlace && isUrl(file)) {
        command.error('error: --in-place needs a file, not a URL', {
          exitCode: EXIT_USAGE,
        });
      }
      const read = { fetch: io.fetch, timeoutMs: options.timeout };
      const text = await readInput(file, read);
      const detect = await loadTechnologyDetector(options.landscape, read);
      const result = tagDocuments(text, detect, file);

      const target = options.inPlace ? file : options.output;
      if (!options.inPlace || result.text !== text) {
        await writeOutput(result.text, target, io.stdout);
      }
      io.stderr(
        `${file}: ${result.taggedTalks} of ${result.talks} talks tagged, ${
          result.added
        } technology ref${result.added === 1 ? '' : 's'} added${
          target ? ` (${target})` : ''
        }\n`,
      );
    });
}
