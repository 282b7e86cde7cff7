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
  for await (const page of api.pages('/learnings', token)) {
    for (const l of page.items) {
      learnings.set(
        l.id,
        JSON.stringify([l.talkRef, l.body, l.createdBy, l.createdAt]),
      );
    }
  }
  const links = new Map<string, string>();
  for (const entity of demo.componentRefs) {
    let first = true;
    for await (const page of api.pages(
      `/entities/${refPath(entity)}/talks`,
      token,
    )) {
      // Orphaned links come with every page; take them once.
      const found = [
        ...page.items.map((i: any) => i.link).filter(Boolean),
        ...(first ? page.orphanedLinks : []),
      ];
      first = false;
      for (const link of found) {
        links.set(
          `${entity} ${link.talkRef}`,
          JSON.stringify([link.note, link.createdBy, link.createdAt]),
        );
      }
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
