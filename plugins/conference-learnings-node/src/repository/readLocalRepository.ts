import {
  InputError,
  NotAllowedError,
  NotModifiedError,
} from '@backstage/errors';
import { createHash } from 'node:crypto';
import { lstat, opendir, readFile, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { MAX_MANIFEST_BYTES } from './analyseRepository';
import { isManifestPath } from './manifestFiles';
import { RepositoryFile } from './types';

/** Folders never walked into: dependencies and version control. */
const NOT_WALKED = new Set(['node_modules', 'vendor', '.git', 'third_party']);

/** A repository's files as read from a local folder. @public */
export interface LocalRepository {
  files: RepositoryFile[];
  /** What was left out, and why: symbolic links, large or binary files */
  skipped: { path: string; reason: string }[];
  /** Changes whenever a file read is added, removed or changed */
  etag: string;
}

/** How {@link readLocalRepository} reads. @public */
export interface ReadLocalRepositoryOptions {
  /** The folder must be inside one of these (after resolving links) */
  allowedRoots?: string[];
  /** Which files to read, by path relative to the folder; the manifest files by default */
  filter?: (path: string, info: { size: number }) => boolean;
  /** At most this many files (2,000 by default); the others are skipped */
  maxFiles?: number;
  /** Files larger than this are skipped ({@link MAX_MANIFEST_BYTES} by default) */
  maxFileBytes?: number;
  /** The etag of an earlier read: when nothing changed, a `NotModifiedError` and no file is read */
  etag?: string;
}

/** Whether `path` is `root` or inside it. */
function isInside(path: string, root: string): boolean {
  return (
    path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
  );
}

/** The folder, resolved, when it may be read. */
async function resolveFolder(
  folder: string,
  allowedRoots: string[] | undefined,
): Promise<string> {
  let root: string;
  try {
    root = await realpath(folder);
  } catch {
    throw new InputError(`${folder}: no such folder`);
  }
  if (allowedRoots) {
    const allowed = await Promise.all(
      allowedRoots.map(r => realpath(r).catch(() => undefined)),
    );
    if (!allowed.some(r => r && isInside(root, r))) {
      throw new NotAllowedError(
        `${folder} is outside the folders repositories may be read from`,
      );
    }
  }
  return root;
}

/** The files of a local repository that a read selects, before any is read. @public */
export interface LocalRepositoryListing {
  /** Absolute and repository-relative paths of the files to read */
  files: { absolutePath: string; path: string; lastModifiedAt: Date }[];
  /** What was left out, and why: symbolic links, large files, too many files */
  skipped: { path: string; reason: string }[];
  /** Changes whenever a selected file is added, removed or changed */
  etag: string;
}

/**
 * Lists the files of a repository checked out in a local folder that `filter`
 * selects (the manifest files the analysis reads, by default), never following
 * symbolic links, leaving out files over the size limit and past `maxFiles`.
 * The etag is worked out from the files' names, sizes and times, so an
 * unchanged folder costs no reads. With `allowedRoots`, the folder must be
 * inside one of them (after resolving links): anything else is refused, so a
 * `source-location` cannot make the backend read arbitrary paths.
 * @throws NotAllowedError outside the allowed roots; InputError when the folder
 * cannot be read; NotModifiedError when `etag` is still current.
 * @public
 */
export async function listLocalRepository(
  folder: string,
  options: ReadLocalRepositoryOptions = {},
): Promise<LocalRepositoryListing> {
  const root = await resolveFolder(folder, options.allowedRoots);
  const filter = options.filter ?? ((path: string) => isManifestPath(path));
  const maxFiles = options.maxFiles ?? 2000;
  const maxBytes = options.maxFileBytes ?? MAX_MANIFEST_BYTES;
  const files: LocalRepositoryListing['files'] = [];
  const skipped: LocalRepositoryListing['skipped'] = [];
  const hash = createHash('sha1');
  const walk = async (dir: string): Promise<void> => {
    const entries = [];
    for await (const entry of await opendir(dir)) entries.push(entry);
    // In name order, so that the etag does not depend on the file system's order.
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const absolutePath = join(dir, entry.name);
      const path = relative(root, absolutePath).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!NOT_WALKED.has(entry.name)) await walk(absolutePath);
        continue;
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      const { size, mtimeMs, mtime } = await lstat(absolutePath);
      if (!filter(path, { size })) continue;
      hash.update(`${path}\0${size}\0${mtimeMs}\n`);
      if (entry.isSymbolicLink()) {
        skipped.push({ path, reason: 'a symbolic link' });
      } else if (size > maxBytes) {
        skipped.push({ path, reason: `larger than ${maxBytes / 1024} KiB` });
      } else if (files.length >= maxFiles) {
        skipped.push({ path, reason: `more than ${maxFiles} files` });
      } else {
        files.push({ absolutePath, path, lastModifiedAt: mtime });
      }
    }
  };
  try {
    await walk(root);
  } catch (error) {
    throw new InputError(
      `${folder} could not be read: ${(error as Error).message}`,
    );
  }
  const etag = hash.digest('hex');
  if (options.etag === etag) {
    throw new NotModifiedError(`${folder} has not changed`);
  }
  return { files, skipped, etag };
}

/**
 * Reads the files {@link listLocalRepository} selects as text, skipping those
 * that are not UTF-8.
 * @public
 */
export async function readLocalRepository(
  folder: string,
  options: ReadLocalRepositoryOptions = {},
): Promise<LocalRepository> {
  const listing = await listLocalRepository(folder, options);
  const files: RepositoryFile[] = [];
  const skipped = [...listing.skipped];
  for (const file of listing.files) {
    try {
      const content = new TextDecoder('utf-8', { fatal: true }).decode(
        await readFile(file.absolutePath),
      );
      files.push({ path: file.path, content });
    } catch {
      skipped.push({ path: file.path, reason: 'not UTF-8 text' });
    }
  }
  return { files, skipped, etag: listing.etag };
}
