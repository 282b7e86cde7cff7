import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '@backstage/errors';

/**
 * Replaces a file's content all at once: writes a temporary file next to it, then
 * renames that over it. On any failure the temporary file is removed and the target
 * is left as it was (or absent). An existing target keeps its permissions; a symlink
 * is followed, so the file it points to is replaced.
 */
export async function writeFileAtomic(file: string, text: string) {
  const target = await fs.realpath(file).catch(() => path.resolve(file));
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString(
      'hex',
    )}.tmp`,
  );
  let created = false;
  try {
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) {
      throw new Error('it is a directory');
    }
    await fs.writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    created = true;
    if (existing) {
      await fs.chmod(temp, existing.mode & 0o7777);
    }
    await fs.rename(temp, target);
    created = false;
  } catch (error) {
    if (created) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
    }
    const code = (error as NodeJS.ErrnoException).code;
    let reason = (error as Error).message;
    if (code === 'ENOENT') reason = 'its directory does not exist';
    if (code === 'EACCES' || code === 'EPERM') reason = 'permission denied';
    throw new InputError(`${file}: could not be written (${reason})`);
  }
}

/**
 * Writes a command's result to the file `outFile` (atomically, see
 * {@link writeFileAtomic}) or else to standard output.
 */
export async function writeOutput(
  text: string,
  outFile: string | undefined,
  stdout: (text: string) => void,
): Promise<void> {
  if (outFile) {
    await writeFileAtomic(outFile, text);
  } else {
    stdout(text);
  }
}
