import { describeResponse } from '../ApiClient';
import { BackendProcess } from '../BackendProcess';
import { DemoData, refPath } from '../SuiteContext';

/** Every learning and link a backend serves, as comparable strings. */
export interface DataSnapshot {
  /** learning id → its talk, body, author and creation time */
  learnings: Map<string, string>;
  /** `${entityRef} ${talkRef}` → its note, author and creation time */
  links: Map<string, string>;
}

/** Reads every learning (newest first, all pages) and every link of the demo's components. */
export async function takeSnapshot(
  backend: BackendProcess,
  demo: DemoData,
): Promise<DataSnapshot> {
  const api = backend.client;
  const token = await backend.guestToken();
  const learnings = new Map<string, string>();
  for (let offset = 0; ; offset += 100) {
    const page = await api.api('GET', `/learnings?limit=100&offset=${offset}`, {
      token,
    });
    if (page.status !== 200)
      throw new Error(`GET /learnings: ${describeResponse(page)}`);
    for (const l of page.body.items) {
      learnings.set(
        l.id,
        JSON.stringify([l.talkRef, l.body, l.createdBy, l.createdAt]),
      );
    }
    if (offset + 100 >= page.body.totalCount) break;
  }
  const links = new Map<string, string>();
  for (const entity of demo.componentRefs) {
    for (let offset = 0; ; offset += 100) {
      const page = await api.api(
        'GET',
        `/entities/${refPath(entity)}/talks?limit=100&offset=${offset}`,
        { token },
      );
      if (page.status !== 200)
        throw new Error(`GET talks of ${entity}: ${describeResponse(page)}`);
      const found = [
        ...page.body.items.map((i: any) => i.link).filter(Boolean),
        ...(offset === 0 ? page.body.orphanedLinks : []),
      ];
      for (const link of found) {
        links.set(
          `${entity} ${link.talkRef}`,
          JSON.stringify([link.note, link.createdBy, link.createdAt]),
        );
      }
      if (offset + 100 >= page.body.totalCount) break;
    }
  }
  return { learnings, links };
}

/** The differences between two snapshots, as readable lines (empty when equal). */
export function compareSnapshots(
  before: DataSnapshot,
  after: DataSnapshot,
): string[] {
  const differences: string[] = [];
  for (const kind of ['learnings', 'links'] as const) {
    for (const [key, value] of before[kind]) {
      const now = after[kind].get(key);
      if (now !== value)
        differences.push(
          `${kind} ${key}: was ${value}, now ${now ?? 'missing'}`,
        );
    }
    for (const key of after[kind].keys()) {
      if (!before[kind].has(key)) differences.push(`${kind} ${key}: appeared`);
    }
  }
  return differences;
}
