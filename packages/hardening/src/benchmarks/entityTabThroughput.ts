import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BackendProcess, REPO_ROOT, sleep } from '../BackendProcess';
import { median } from 'simple-statistics';

/*
 * Throughput of the entity tab against the catalog's own entity read, side by
 * side on one started backend with the KubeCon 2026 config: the real landscape
 * (~1,400 technologies) and schedules (~880 talks) next to the demo.
 *
 *   node packages/hardening/bin/hardening throughput [--seconds 15] [--connections 50] [--rounds 5]
 *
 * Each round loads one URL, then the other (in turns, which first), for `--seconds` each with
 * `--connections` connections (autocannon), and the medians over the rounds are
 * printed with their ratio. The bar: the tab reaches at least 1.0x the catalog.
 */

const TAB =
  '/api/conference-learnings/entities/component/default/shipment-tracker/talks?limit=20';
const CATALOG =
  '/api/catalog/entities/by-name/component/default/shipment-tracker';

export interface ThroughputOptions {
  seconds: number;
  connections: number;
  rounds: number;
}

async function load(
  url: string,
  token: string,
  options: ThroughputOptions,
): Promise<{ requestsPerSecond: number; errors: number; p975Ms: number }> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.non2xx + result.timeouts,
    p975Ms: result.latency.p97_5,
  };
}

/** Waits until the KubeCon talks are ingested and the talk count has settled. */
async function waitForKubeCon(
  backend: BackendProcess,
  log: (m: string) => void,
) {
  const token = await backend.guestToken();
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    const res = await backend.client.api('GET', '/talks?limit=1', { token });
    const count = res.status === 200 ? res.body.totalCount : -1;
    if (count !== last) {
      last = count;
      stableSince = Date.now();
      log(`talks in the index: ${count}`);
    } else if (count > 800 && Date.now() - stableSince > 30_000) {
      return;
    }
    await sleep(2000);
  }
  throw new Error('the KubeCon 2026 talks were not ingested within 10 minutes');
}

export async function entityTabThroughput(
  options: ThroughputOptions,
): Promise<number> {
  const log = (message: string) =>
    process.stdout.write(
      `${new Date().toISOString().slice(11, 19)} ${message}\n`,
    );
  const workDir = mkdtempSync(
    join(tmpdir(), 'conference-learnings-throughput-'),
  );
  const sqliteDir = join(workDir, 'sqlite');
  mkdirSync(sqliteDir);
  const kubecon = parse(
    readFileSync(join(REPO_ROOT, 'app-config.kubecon-2026.yaml'), 'utf8'),
  );
  log('starting the backend with app-config.kubecon-2026.yaml');
  const backend = await BackendProcess.start({
    name: 'backend-throughput',
    database: { client: 'better-sqlite3', directory: sqliteDir },
    workDir,
    config: kubecon,
  });
  try {
    await waitForKubeCon(backend, log);
    const token = await backend.guestToken();
    const base = `http://localhost:${backend.port}`;
    const tab: number[] = [];
    const catalog: number[] = [];
    // Warm both paths up before measuring.
    await load(`${base}${TAB}`, token, { ...options, seconds: 3 });
    await load(`${base}${CATALOG}`, token, { ...options, seconds: 3 });
    const targets = [
      ['entity tab', TAB, tab],
      ['catalog entity', CATALOG, catalog],
    ] as const;
    for (let round = 1; round <= options.rounds; round++) {
      // Each round in the other order, so neither URL always follows the other.
      for (const [name, path, into] of round % 2
        ? targets
        : [...targets].reverse()) {
        const result = await load(`${base}${path}`, token, options);
        if (result.errors > 0) {
          throw new Error(`${name}: ${result.errors} failed requests`);
        }
        into.push(result.requestsPerSecond);
        log(
          `round ${round} ${name.padEnd(15)} ${result.requestsPerSecond.toFixed(
            0,
          )} requests/s, p97.5 ${result.p975Ms} ms`,
        );
      }
    }
    const ratio = median(tab) / median(catalog);
    process.stdout.write(
      [
        `Entity tab throughput (${options.connections} connections, ${options.seconds} s per run, median of ${options.rounds})`,
        `  GET ${TAB}: ${median(tab).toFixed(0)} requests/s`,
        `  GET ${CATALOG}: ${median(catalog).toFixed(0)} requests/s`,
        `  ratio: ${ratio.toFixed(2)}x (bar: >= 1.00x)`,
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    await backend.stop();
  }
}
