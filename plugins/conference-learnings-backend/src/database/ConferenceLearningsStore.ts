import {
  DatabaseService,
  isDatabaseConflictError,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  Learning,
  TalkLink,
} from '@conference-learnings/plugin-conference-learnings-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';

const MIGRATIONS_DIRECTORY = resolvePackagePath(
  '@conference-learnings/plugin-conference-learnings-backend',
  'migrations',
);
/**
 * Our own migrations table, so the plugin also works in a database shared with
 * other plugins (as in tests that give every plugin the same knex).
 */
const MIGRATIONS_TABLE = 'conference_learnings__knex_migrations';

/**
 * `getLearnings` sends its ids in chunks of this size (SQLite and Postgres limit
 * bind parameters; the permission framework may ask for any number).
 */
const IN_CHUNK = 500;

/** An explicit link between an entity and a talk, as stored. */
export type LinkRecord = Omit<TalkLink, 'talk' | 'orphaned'>;

/** A learning, as stored. @public */
export type LearningRecord = Omit<Learning, 'talkTitle' | 'orphaned'>;

type LinkRow = {
  id: string;
  entity_ref: string;
  talk_ref: string;
  note: string | null;
  created_by: string;
  created_at: Date | string | number;
};

type LearningRow = {
  id: string;
  talk_ref: string;
  body: string;
  technology_refs: string;
  created_by: string;
  created_at: Date | string | number;
  updated_by: string | null;
  updated_at: Date | string | number | null;
};

/** Timestamps come back as `Date` (Postgres) or milliseconds (SQLite). */
function toIso(value: Date | string | number): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  return /^\d+$/.test(value)
    ? new Date(Number(value)).toISOString()
    : new Date(value).toISOString();
}

function toLink(row: LinkRow): LinkRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    talkRef: row.talk_ref,
    ...(row.note ? { note: row.note } : {}),
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
  };
}

function parseRefs(json: string): string[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value.filter(v => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function toLearning(row: LearningRow): LearningRecord {
  return {
    id: row.id,
    talkRef: row.talk_ref,
    body: row.body,
    technologyRefs: parseRefs(row.technology_refs),
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    ...(row.updated_by ? { updatedBy: row.updated_by } : {}),
    ...(row.updated_at ? { updatedAt: toIso(row.updated_at) } : {}),
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}

/**
 * Links and learnings in the plugin's own database (SQLite or Postgres), with an
 * audit row — who and when — for every write, in the same transaction.
 * Refs are stored as given: callers pass full, lower-case entity refs.
 */
export class ConferenceLearningsStore {
  /** Connects to the plugin database and runs the migrations shipped in `migrations/`. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<ConferenceLearningsStore> {
    const { database } = options;
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({
        directory: MIGRATIONS_DIRECTORY,
        tableName: MIGRATIONS_TABLE,
      });
    }
    return new ConferenceLearningsStore(client);
  }

  constructor(private readonly db: Knex) {}

  private async audit(
    tx: Knex.Transaction,
    entry: {
      action: string;
      subjectId: string;
      actor: string;
      at: Date;
      details?: unknown;
    },
  ) {
    await tx('audit_log').insert({
      action: entry.action,
      subject_id: entry.subjectId,
      actor: entry.actor,
      at: entry.at,
      details:
        entry.details === undefined ? null : JSON.stringify(entry.details),
    });
  }

  /** Links a talk to an entity; a second link of the same pair is a `ConflictError`. */
  async createLink(input: {
    entityRef: string;
    talkRef: string;
    note?: string;
    actor: string;
  }): Promise<LinkRecord> {
    const now = new Date();
    const row = {
      id: randomUUID(),
      entity_ref: input.entityRef,
      talk_ref: input.talkRef,
      note: input.note ?? null,
      created_by: input.actor,
      created_at: now,
    };
    try {
      await this.db.transaction(async tx => {
        await tx('links').insert(row);
        await this.audit(tx, {
          action: 'link.create',
          subjectId: row.id,
          actor: input.actor,
          at: now,
          details: { entityRef: input.entityRef, talkRef: input.talkRef },
        });
      });
    } catch (error) {
      if (isDatabaseConflictError(error)) {
        throw new ConflictError(
          `${input.talkRef} is already linked to ${input.entityRef}`,
        );
      }
      throw error;
    }
    return toLink(row);
  }

  /** Removes a link; returns false when there was none. */
  async deleteLink(
    entityRef: string,
    talkRef: string,
    actor: string,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      const row = await tx<LinkRow>('links')
        .where({ entity_ref: entityRef, talk_ref: talkRef })
        .first();
      if (!row) return false;
      const deleted = await tx('links').where({ id: row.id }).delete();
      if (!deleted) return false;
      await this.audit(tx, {
        action: 'link.delete',
        subjectId: row.id,
        actor,
        at: new Date(),
        details: { entityRef, talkRef },
      });
      return true;
    });
  }

  /** Every link of one entity, oldest first. */
  async listLinksForEntity(entityRef: string): Promise<LinkRecord[]> {
    const rows = await this.db<LinkRow>('links')
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toLink);
  }

  async createLearning(input: {
    talkRef: string;
    body: string;
    technologyRefs: string[];
    actor: string;
  }): Promise<LearningRecord> {
    const now = new Date();
    const row = {
      id: randomUUID(),
      talk_ref: input.talkRef,
      body: input.body,
      technology_refs: JSON.stringify(input.technologyRefs),
      created_by: input.actor,
      created_at: now,
      updated_by: null,
      updated_at: null,
    };
    await this.db.transaction(async tx => {
      await tx('learnings').insert(row);
      await this.audit(tx, {
        action: 'learning.create',
        subjectId: row.id,
        actor: input.actor,
        at: now,
        details: { talkRef: input.talkRef },
      });
    });
    return toLearning(row);
  }

  async getLearning(id: string): Promise<LearningRecord | undefined> {
    const row = await this.db<LearningRow>('learnings').where({ id }).first();
    return row ? toLearning(row) : undefined;
  }

  /** Learnings by id, in the order of `ids`, `undefined` for unknown ones. */
  async getLearnings(ids: string[]): Promise<(LearningRecord | undefined)[]> {
    const byId = new Map<string, LearningRecord>();
    for (const chunk of chunks([...new Set(ids)], IN_CHUNK)) {
      const rows = await this.db<LearningRow>('learnings').whereIn('id', chunk);
      for (const row of rows) byId.set(row.id, toLearning(row));
    }
    return ids.map(id => byId.get(id));
  }

  /** Changes a learning; returns it as changed, or undefined when it does not exist. */
  async updateLearning(
    id: string,
    patch: { body?: string; technologyRefs?: string[] },
    actor: string,
  ): Promise<LearningRecord | undefined> {
    return this.db.transaction(async tx => {
      const now = new Date();
      const changes: Partial<LearningRow> & Record<string, unknown> = {
        updated_by: actor,
        updated_at: now,
      };
      if (patch.body !== undefined) changes.body = patch.body;
      if (patch.technologyRefs !== undefined) {
        changes.technology_refs = JSON.stringify(patch.technologyRefs);
      }
      const updated = await tx('learnings').where({ id }).update(changes);
      if (!updated) return undefined;
      await this.audit(tx, {
        action: 'learning.update',
        subjectId: id,
        actor,
        at: now,
        details: { fields: Object.keys(patch) },
      });
      const row = await tx<LearningRow>('learnings').where({ id }).first();
      return row ? toLearning(row) : undefined;
    });
  }

  /** Deletes a learning the caller has loaded; returns false when it no longer exists. */
  async deleteLearning(
    learning: Pick<LearningRecord, 'id' | 'talkRef' | 'createdBy'>,
    actor: string,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      const deleted = await tx('learnings').where({ id: learning.id }).delete();
      if (!deleted) return false;
      await this.audit(tx, {
        action: 'learning.delete',
        subjectId: learning.id,
        actor,
        at: new Date(),
        details: { talkRef: learning.talkRef, createdBy: learning.createdBy },
      });
      return true;
    });
  }

  /** Learnings about one talk, newest first. */
  async listLearningsForTalk(
    talkRef: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: LearningRecord[]; totalCount: number }> {
    const [rows, [{ count }]] = await Promise.all([
      this.db<LearningRow>('learnings')
        .where({ talk_ref: talkRef })
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(page.limit)
        .offset(page.offset),
      this.db('learnings')
        .where({ talk_ref: talkRef })
        .count<{ count: number | string }[]>({ count: '*' }),
    ]);
    return { items: rows.map(toLearning), totalCount: Number(count) };
  }

  /** How many learnings each of `talkRefs` (at most 100) has, 0 for none, in one grouped query. */
  async countLearningsByTalk(talkRefs: string[]): Promise<Map<string, number>> {
    const counts = new Map(talkRefs.map(ref => [ref, 0]));
    const rows = await this.db('learnings')
      .whereIn('talk_ref', [...counts.keys()])
      .groupBy('talk_ref')
      .select('talk_ref')
      .count<{ talk_ref: string; count: number | string }[]>({ count: '*' });
    for (const row of rows) counts.set(row.talk_ref, Number(row.count));
    return counts;
  }

  /**
   * The newest learnings overall, or about any of `talkRefs` when given (none
   * for `[]`), from `offset` on; with the number of such learnings.
   */
  async listLatestLearnings(options: {
    talkRefs?: string[];
    limit: number;
    offset?: number;
  }): Promise<{ items: LearningRecord[]; totalCount: number }> {
    const { talkRefs } = options;
    const matching = (query: Knex.QueryBuilder) => {
      if (talkRefs) query.whereIn('talk_ref', talkRefs);
    };
    const [rows, [{ count }]] = await Promise.all([
      this.db<LearningRow>('learnings')
        .modify(matching)
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(options.limit)
        .offset(options.offset ?? 0),
      this.db('learnings')
        .modify(matching)
        .count<{ count: number | string }[]>({ count: '*' }),
    ]);
    return { items: rows.map(toLearning), totalCount: Number(count) };
  }

  /** The audit rows of one link or learning, oldest first (for tests and support). */
  async auditTrail(
    subjectId: string,
  ): Promise<{ action: string; actor: string; at: string }[]> {
    const rows = await this.db('audit_log')
      .where({ subject_id: subjectId })
      .orderBy('id', 'asc');
    return rows.map(row => ({
      action: row.action,
      actor: row.actor,
      at: toIso(row.at),
    }));
  }
}
