import { BackendProcess } from '../BackendProcess';
import { refPath, SuiteContext, talkPath } from '../SuiteContext';

/** What the server acknowledged, to compare with what it serves afterwards. */
export class Ledger {
  /** learning id → its talk and its body as last acknowledged */
  readonly learnings = new Map<string, { talkRef: string; body: string }>();
  readonly deletedLearnings = new Map<string, string>(); // id → talk ref
  /** `${entityRef} ${talkRef}` → linked or not, as last acknowledged */
  readonly links = new Map<string, boolean>();
}

/** Everything acknowledged is served exactly once; nothing deleted is. */
export async function verify(
  ctx: SuiteContext,
  backend: BackendProcess,
  token: string,
  ledger: Ledger,
  marker: string,
) {
  const { report } = ctx;
  const api = backend.client;
  const talks = new Set([
    ...[...ledger.learnings.values()].map(l => l.talkRef),
    ...ledger.deletedLearnings.values(),
  ]);
  for (const talk of talks) {
    const served: { id: string; body: string }[] = [];
    for await (const page of api.pages(
      `/talks/${talkPath(talk)}/learnings`,
      token,
    )) {
      served.push(
        ...page.items.filter((l: { body: string }) =>
          l.body.startsWith(marker),
        ),
      );
    }
    const byId = new Map<string, number>();
    for (const l of served) byId.set(l.id, (byId.get(l.id) ?? 0) + 1);
    const bodies = new Set(served.map(l => l.body));
    report.check(
      'load',
      bodies.size === served.length,
      `verify: no learning of ${talk} is stored twice (${served.length} served, ${bodies.size} distinct)`,
    );
    for (const [id, expected] of ledger.learnings) {
      if (expected.talkRef !== talk) continue;
      const found = served.find(l => l.id === id);
      report.check(
        'load',
        byId.get(id) === 1 && found?.body === expected.body,
        `verify: acknowledged learning ${id} is served once with its last body`,
      );
    }
    for (const [id, talkRef] of ledger.deletedLearnings) {
      if (talkRef !== talk) continue;
      report.check(
        'load',
        !byId.has(id),
        `verify: deleted learning ${id} stays deleted`,
      );
    }
    const expectedCount = [...ledger.learnings.values()].filter(
      l => l.talkRef === talk,
    ).length;
    report.check(
      'load',
      served.length === expectedCount,
      `verify: ${talk} has exactly the ${expectedCount} acknowledged learnings, served ${served.length}`,
    );
  }

  const entities = new Set([...ledger.links.keys()].map(k => k.split(' ')[0]));
  for (const entity of entities) {
    const linked = new Map<string, number>();
    for await (const page of api.pages(
      `/entities/${refPath(entity)}/talks`,
      token,
    )) {
      for (const item of page.items) {
        if (item.link?.note?.startsWith(marker.trim())) {
          linked.set(
            item.talk.entityRef,
            (linked.get(item.talk.entityRef) ?? 0) + 1,
          );
        }
      }
    }
    for (const [key, isLinked] of ledger.links) {
      const [linkEntity, talk] = key.split(' ');
      if (linkEntity !== entity) continue;
      report.check(
        'load',
        (linked.get(talk) ?? 0) === (isLinked ? 1 : 0),
        `verify: link ${entity} → ${talk} is ${
          isLinked ? 'there once' : 'gone'
        }, served ${linked.get(talk) ?? 0} times`,
      );
    }
  }
}
