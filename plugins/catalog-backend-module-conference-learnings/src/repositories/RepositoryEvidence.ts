import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { isError } from '@backstage/errors';
import { CatalogProcessorCache } from '@backstage/plugin-catalog-node';
import {
  extractMentions,
  FileMention,
  isManifestPath,
  MAX_MANIFEST_BYTES,
  RepositoryFile,
} from '@conference-learnings/plugin-conference-learnings-node';
import { JsonObject } from '@backstage/types';
import { createHash } from 'node:crypto';
import { ReadBudget } from './ReadBudget';
import { RepositoryEvidenceConfig } from './readRepositoryEvidenceConfig';
import { repositoryUrlOf } from './repositoryUrlOf';

/** The processor cache key of an entity's repository evidence. */
const CACHE_KEY = 'repository';
/** Manifest files read from one repository, at most. */
const MAX_FILES = 2000;
/** After a failed read, the next try waits this long (and at most the refresh interval). */
const RETRY_AFTER_MS = 10 * 60_000;

/** A file a read left out, and why: logged, not kept. */
type SkippedFile = { path: string; reason: string };

/** What is kept per entity between processing runs (JSON in the processor cache). @public */
export interface RepositoryEvidenceState {
  url: string;
  /** The tree's etag (commit) when it was read */
  etag?: string;
  /** When the repository is due to be checked again, epoch ms */
  dueAt: number;
  mentions: FileMention[];
  /** Why the last read failed, if it did (the mentions are the last good ones) */
  error?: string;
}

/** Whether a value kept in the cache is a state this version wrote. */
function isState(value: unknown): value is RepositoryEvidenceState {
  const state = value as Partial<RepositoryEvidenceState> | undefined;
  return (
    typeof state?.url === 'string' &&
    typeof state.dueAt === 'number' &&
    Array.isArray(state.mentions)
  );
}

/**
 * Rejects after `ms` unless the promise settles first; the signal tells the
 * reader to stop. Not `AbortSignal.timeout` alone: Backstage's readers do not
 * all honour the signal (the Gitea reader's commit lookup does not), and a read
 * that never ends would hold the entity's processing forever.
 */
async function withTimeout<T>(
  run: (signal: AbortSignal) => Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`${what} took longer than ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What the manifest files of entities' repositories name, read through the
 * backend's URL reader (`readTree` with a path filter: only manifest files,
 * never the whole repository) and kept in the processor cache. A repository is
 * read again only when due (the refresh interval, spread by a per-entity
 * offset), within the read budget, and with the etag of the last read, so an
 * unchanged tree is not read or parsed again. A read that fails (not found,
 * timeout, rate limit, a tree that does not unpack) keeps the last good
 * evidence and is tried again later; it never stops other entities.
 *
 * @public
 */
export class RepositoryEvidence {
  private readonly budget: ReadBudget;

  constructor(
    private readonly deps: {
      reader: UrlReaderService;
      logger: LoggerService;
      config: RepositoryEvidenceConfig;
      now?: () => number;
    },
  ) {
    this.budget = new ReadBudget(deps.config.readsPerMinute, deps.now);
  }

  /** The entity's repository evidence: the kept one, or a fresh read when due. */
  async read(
    entity: Entity,
    cache: CatalogProcessorCache,
  ): Promise<RepositoryEvidenceState | undefined> {
    const url = repositoryUrlOf(entity);
    if (!url) return undefined;
    const kept = await cache.get<JsonObject>(CACHE_KEY);
    const last = isState(kept) && kept.url === url ? kept : undefined;
    const now = (this.deps.now ?? Date.now)();
    if ((last && now < last.dueAt) || !this.budget.take()) return last;
    const next = await this.fetch(entity, url, last, now);
    await cache.set(CACHE_KEY, next as unknown as JsonObject);
    return next;
  }

  private async fetch(
    entity: Entity,
    url: string,
    last: RepositoryEvidenceState | undefined,
    now: number,
  ): Promise<RepositoryEvidenceState> {
    const ref = stringifyEntityRef(entity);
    const dueAt = now + this.interval(ref);
    try {
      const skipped: SkippedFile[] = [];
      const files = await this.readManifests(url, last?.etag, skipped);
      if (!files) return { ...last!, dueAt, error: undefined };
      const extracted = extractMentions(files.files);
      skipped.push(...extracted.skipped);
      if (skipped.length) {
        this.deps.logger.info(
          `Skipped ${skipped.length} file(s) of ${url} for ${ref}: ${skipped
            .slice(0, 5)
            .map(s => `${s.path} (${s.reason})`)
            .join(', ')}`,
        );
      }
      return {
        url,
        etag: files.etag,
        dueAt,
        mentions: extracted.mentions,
      };
    } catch (error) {
      const message = isError(error) ? error.message : String(error);
      // Once per kind of failure, not on every retry.
      if (last?.error !== message) {
        this.deps.logger.warn(
          `Could not read ${url} for ${ref}, kept its last evidence: ${message}`,
        );
      }
      // A reader that refuses the URL (no integration, not an allowed folder)
      // will not change its mind soon: wait the full interval.
      const retryAfter =
        isError(error) && error.name === 'NotAllowedError'
          ? this.deps.config.refreshIntervalMs
          : Math.min(RETRY_AFTER_MS, this.deps.config.refreshIntervalMs);
      return {
        url,
        etag: last?.etag,
        dueAt: now + retryAfter,
        mentions: last?.mentions ?? [],
        error: message,
      };
    }
  }

  /** The refresh interval stretched by 0–25 % per entity, so re-reads spread out. */
  private interval(ref: string): number {
    const offset = createHash('sha1').update(ref).digest().readUInt32BE(0);
    return this.deps.config.refreshIntervalMs * (1 + (offset / 2 ** 32) * 0.25);
  }

  /** The manifest files of the tree; undefined when it has not changed since `etag`. */
  private async readManifests(
    url: string,
    etag: string | undefined,
    skipped: SkippedFile[],
  ): Promise<{ files: RepositoryFile[]; etag: string } | undefined> {
    const { reader, config } = this.deps;
    let seen = 0;
    let selected = 0;
    const filter = (path: string, info?: { size: number }) => {
      seen++;
      if (!isManifestPath(path)) return false;
      if (info && info.size > MAX_MANIFEST_BYTES) {
        skipped.push({
          path,
          reason: `larger than ${MAX_MANIFEST_BYTES / 1024} KiB`,
        });
        return false;
      }
      if (++selected > MAX_FILES) {
        skipped.push({ path, reason: `more than ${MAX_FILES} manifest files` });
        return false;
      }
      return true;
    };
    return withTimeout(
      async signal => {
        let tree;
        try {
          tree = await reader.readTree(url, { etag, filter, signal });
        } catch (error) {
          if (isError(error) && error.name === 'NotModifiedError')
            return undefined;
          throw error;
        }
        const entries = await tree.files();
        // Every repository holds some file: a tree with none did not unpack
        // (a corrupt or cut-off archive), which must not wipe the evidence.
        if (seen === 0) throw new Error('the tree came back without any file');
        const files: RepositoryFile[] = [];
        for (const file of entries) {
          const content = await file.content();
          try {
            files.push({
              path: file.path,
              content: new TextDecoder('utf-8', { fatal: true }).decode(
                content,
              ),
            });
          } catch {
            skipped.push({ path: file.path, reason: 'not UTF-8 text' });
          }
        }
        return { files, etag: tree.etag };
      },
      config.timeoutMs,
      `Reading ${url}`,
    );
  }
}
