import { BackendProcess } from './BackendProcess';
import { Report } from './Report';

/** What every phase of the suite gets. */
export interface SuiteContext {
  report: Report;
  /** A temporary folder for configs, logs and SQLite files */
  workDir: string;
  log(message: string): void;
}

/** The demo's data a phase works on, read from a running backend. */
export interface DemoData {
  /** Full refs of the demo's talks, e.g. `talk:default/kubecon-eu-2024-app-of-apps` */
  talkRefs: string[];
  /** Full refs of the demo's components */
  componentRefs: string[];
}

/** Reads the talks (through the plugin) and components (through the catalog) of the demo. */
export async function readDemoData(backend: BackendProcess): Promise<DemoData> {
  const token = await backend.guestToken();
  const talkRefs: string[] = [];
  for await (const page of backend.client.pages('/talks', token)) {
    talkRefs.push(...page.items.map((t: { entityRef: string }) => t.entityRef));
  }
  const components = await backend.client.request(
    'GET',
    '/api/catalog/entities/by-query?filter=kind=component&fields=kind,metadata.name,metadata.namespace&limit=500',
    { token },
  );
  const componentRefs = components.body.items.map(
    (e: { metadata: { namespace?: string; name: string } }) =>
      `component:${e.metadata.namespace ?? 'default'}/${e.metadata.name}`,
  );
  return { talkRefs, componentRefs };
}

/** `kind:namespace/name` → `kind/namespace/name`, for paths. */
export function refPath(ref: string): string {
  const [kind, rest] = ref.split(':');
  return `${kind}/${rest}`;
}

/** `talk:namespace/name` → `namespace/name`, for talk paths. */
export function talkPath(ref: string): string {
  return ref.slice(ref.indexOf(':') + 1);
}
