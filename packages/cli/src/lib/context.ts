/**
 * Where a command writes and how it fetches. `main` uses the process's streams and the
 * global `fetch`; tests pass their own.
 * @public
 */
export interface CliIo {
  /** Writes to standard output: the command's result (YAML, or validation problems). */
  stdout(text: string): void;
  /** Writes to standard error: progress, summaries and error messages. */
  stderr(text: string): void;
  /** Fetches URL sources; the global `fetch` by default. */
  fetch: typeof fetch;
}

/** The process's standard output and error, and the global `fetch`. */
export function processIo(): CliIo {
  return {
    stdout: text => {
      process.stdout.write(text);
    },
    stderr: text => {
      process.stderr.write(text);
    },
    fetch: (input, init) => globalThis.fetch(input, init),
  };
}

/** Exit codes of the CLI. */
export const EXIT_OK = 0;
/** Invalid input (unreadable, malformed, unreachable) or, for `validate`, problems found. */
export const EXIT_FAILURE = 1;
/** A usage error: unknown command or option, missing or invalid argument. */
export const EXIT_USAGE = 2;

/**
 * Ends a command with an exit code after it has reported why, e.g. `validate` after
 * listing the problems it found. `main` turns it into its return value.
 */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CliExit';
  }
}
