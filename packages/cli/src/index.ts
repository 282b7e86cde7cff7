/**
 * The `conference-learnings` command line: import conference schedules as catalog
 * YAML, tag talks with the technologies they cover, validate entities, and scan a
 * repository for the technologies its service uses.
 *
 * @packageDocumentation
 */
import { Command, CommanderError } from 'commander';
import { registerImportCommand } from './commands/import';
import { registerScanCommand } from './commands/scan';
import { registerTagCommand } from './commands/tag';
import { registerValidateCommand } from './commands/validate';
import {
  CliExit,
  CliIo,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  processIo,
} from './lib/context';
import { version } from '../package.json';

/**
 * Errors about the input (unreadable, malformed, unreachable), printed as their
 * message alone; anything else is a bug, printed with its stack.
 */
const USER_ERRORS = new Set(['InputError', 'ServiceUnavailableError']);

export type { CliIo } from './lib/context';

/**
 * Builds the commander program with all commands, writing through `io`. Commander's
 * own exits are turned into thrown `CommanderError`s (see `exitOverride`).
 * @public
 */
export function createProgram(io: CliIo = processIo()): Command {
  const program = new Command('conference-learnings')
    .description(
      'Conference Learnings: import conference schedules as Backstage catalog YAML, tag talks with the technologies they cover, validate the entities, and scan repositories for the technologies their services use.',
    )
    .version(version)
    .configureOutput({
      writeOut: text => io.stdout(text),
      writeErr: text => io.stderr(text),
    })
    .exitOverride()
    .showHelpAfterError('(add --help for usage)');
  registerImportCommand(program, io);
  registerTagCommand(program, io);
  registerValidateCommand(program, io);
  registerScanCommand(program, io);
  return program;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns
 * its exit code: 0 on success, 1 for invalid input or (for `validate`) problems found,
 * 2 for a usage error. Never calls `process.exit`.
 * @public
 */
export async function main(
  argv: string[] = process.argv.slice(2),
  io: CliIo = processIo(),
): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliExit) {
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // commander has printed its message already
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const { name, message, stack } = error as Error;
    io.stderr(
      `error: ${
        USER_ERRORS.has(name) || !stack ? message ?? String(error) : stack
      }\n`,
    );
    return EXIT_FAILURE;
  }
}
