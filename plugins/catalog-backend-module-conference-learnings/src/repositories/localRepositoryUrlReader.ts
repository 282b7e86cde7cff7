import {
  createServiceFactory,
  UrlReaderService,
  UrlReaderServiceReadTreeOptions,
  UrlReaderServiceReadTreeResponse,
  UrlReaderServiceReadUrlOptions,
  UrlReaderServiceReadUrlResponse,
  UrlReaderServiceSearchResponse,
} from '@backstage/backend-plugin-api';
import {
  ReaderFactory,
  ReadTreeResponseFactory,
  ReadUrlResponseFactory,
  urlReaderFactoriesServiceRef,
} from '@backstage/backend-defaults/urlReader';
import { Config } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import { listLocalRepository } from '@conference-learnings/plugin-conference-learnings-node';
import { createReadStream } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The config key of the folders the local reader may read. */
export const LOCAL_DIRECTORIES_CONFIG_KEY =
  'conferenceLearnings.repositories.localDirectories';

/** Files one tree read returns, at most. */
const MAX_TREE_FILES = 2000;
/** A single file read is refused beyond this size. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * A URL reader of `file:` URLs inside configured folders
 * (`conferenceLearnings.repositories.localDirectories`, relative to the
 * backend's working directory), for repositories checked out on the backend's
 * disk, such as the demo's. Anything outside those folders, and every symbolic
 * link, is refused, so a `source-location` cannot make the backend read
 * arbitrary paths.
 */
export class LocalRepositoryUrlReader implements UrlReaderService {
  constructor(
    private readonly roots: string[],
    private readonly trees: ReadTreeResponseFactory,
  ) {}

  /** The reader, for `UrlReaders`, when local folders are configured. */
  static factory: ReaderFactory = ({ config, treeResponseFactory }) => {
    const reader = LocalRepositoryUrlReader.fromConfig(
      config,
      treeResponseFactory,
    );
    return reader
      ? [{ reader, predicate: (url: URL) => url.protocol === 'file:' }]
      : [];
  };

  static fromConfig(
    config: Config,
    trees: ReadTreeResponseFactory,
  ): LocalRepositoryUrlReader | undefined {
    const roots = config.getOptionalStringArray(LOCAL_DIRECTORIES_CONFIG_KEY);
    return roots?.length
      ? new LocalRepositoryUrlReader(
          roots.map(root => resolve(root)),
          trees,
        )
      : undefined;
  }

  async readUrl(
    url: string,
    options?: UrlReaderServiceReadUrlOptions,
  ): Promise<UrlReaderServiceReadUrlResponse> {
    const path = fileURLToPath(url);
    const { files, etag } = await listLocalRepository(dirname(path), {
      allowedRoots: this.roots,
      filter: candidate =>
        !candidate.includes('/') && candidate === basename(path),
      maxFileBytes: MAX_FILE_BYTES,
      etag: options?.etag,
    });
    if (!files.length) throw new NotFoundError(`${url} was not found`);
    return ReadUrlResponseFactory.fromReadable(
      createReadStream(files[0].absolutePath),
      { etag, lastModifiedAt: files[0].lastModifiedAt },
    );
  }

  async readTree(
    url: string,
    options?: UrlReaderServiceReadTreeOptions,
  ): Promise<UrlReaderServiceReadTreeResponse> {
    const listing = await listLocalRepository(fileURLToPath(url), {
      allowedRoots: this.roots,
      filter: options?.filter ?? (() => true),
      maxFiles: MAX_TREE_FILES,
      maxFileBytes: MAX_FILE_BYTES,
      etag: options?.etag,
    });
    const response = await this.trees.fromReadableArray(
      listing.files.map(file => ({
        data: createReadStream(file.absolutePath),
        path: file.path,
        lastModifiedAt: file.lastModifiedAt,
      })),
    );
    return {
      etag: listing.etag,
      files: () => response.files(),
      archive: () => response.archive(),
      dir: dirOptions => response.dir(dirOptions),
    };
  }

  async search(): Promise<UrlReaderServiceSearchResponse> {
    throw new Error('Searching local repositories is not supported');
  }

  toString() {
    return `local{roots=${this.roots.join(',')}}`;
  }
}

/**
 * Adds the local repository reader to the backend's URL reader when
 * `conferenceLearnings.repositories.localDirectories` names folders:
 * `backend.add(localRepositoryUrlReaderFactory)`.
 * @public
 */
export const localRepositoryUrlReaderFactory = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: {},
  async factory() {
    return LocalRepositoryUrlReader.factory;
  },
});
