import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTempDir, removeTempDirs } from '../__testUtils__/cli';
import { writeFileAtomic, writeOutput } from './writeOutput';

afterAll(removeTempDirs);

describe('writeFileAtomic', () => {
  it('replaces the file, keeping its permissions, and leaves no temporary file', async () => {
    const dir = createTempDir();
    const file = path.join(dir, 'out.yaml');
    fs.writeFileSync(file, 'old\n');
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('new\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['out.yaml']);
  });

  it('writes through a symlink to its target', async () => {
    const dir = createTempDir();
    const target = path.join(dir, 'target.yaml');
    fs.writeFileSync(target, 'old\n');
    const link = path.join(dir, 'link.yaml');
    fs.symlinkSync(target, link);
    await writeFileAtomic(link, 'new\n');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('new\n');
  });

  it('fails with a message naming the file, creating nothing', async () => {
    const dir = createTempDir();
    const missingDir = path.join(dir, 'no', 'out.yaml');
    await expect(writeFileAtomic(missingDir, 'x')).rejects.toThrow(
      `${missingDir}: could not be written (its directory does not exist)`,
    );
    await expect(writeFileAtomic(dir, 'x')).rejects.toThrow(
      `${dir}: could not be written (it is a directory)`,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('writeOutput', () => {
  it('writes to stdout without a file', async () => {
    const written: string[] = [];
    await writeOutput('text\n', undefined, t => written.push(t));
    expect(written).toEqual(['text\n']);
  });
});
