import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../index';
import { CliIo } from '../lib/context';

/** The repository root, three levels above `packages/cli/src`. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** The project's shared real data, `../shared/data/` next to the repository root. */
export const SHARED_DATA = path.resolve(REPO_ROOT, '../shared/data');

/**
 * The path of a real data file in the shared data folder; throws, failing the test,
 * with a message naming the file when it is missing.
 */
export function sharedDataFile(file: string): string {
  const location = path.join(SHARED_DATA, file);
  if (!fs.existsSync(location)) {
    throw new Error(
      `Missing real data file ${file}: expected it at ${location} (see shared/data/README.md)`,
    );
  }
  return location;
}

/** The CNCF landscape of the shared data. */
export const landscapeFile = () => sharedDataFile('cncf-landscape.yml');

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process through `main`, capturing its output. */
export async function runCli(
  args: string[],
  options: { fetch?: typeof fetch } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: text => {
      stdout += text;
    },
    stderr: text => {
      stderr += text;
    },
    fetch:
      options.fetch ??
      (async () => {
        throw new Error('no network in tests');
      }),
  };
  const exitCode = await main(args, io);
  return { exitCode, stdout, stderr };
}

/** A fresh temporary directory, removed by {@link removeTempDirs}. */
const tempDirs: string[] = [];
export function createTempDir(): string {
  const dir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'conference-learnings-cli-'),
  );
  tempDirs.push(dir);
  return dir;
}
export function removeTempDirs() {
  for (const dir of tempDirs.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `text` to `name` in a fresh temporary directory and returns its path. */
export function writeTempFile(name: string, text: string): string {
  const file = path.join(createTempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}
