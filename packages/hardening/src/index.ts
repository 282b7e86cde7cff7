import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackendProcess, freePort } from './BackendProcess';
import { findPostgresBinDir, PostgresCluster } from './PostgresCluster';
import { Report } from './Report';
import { ScheduleSource } from './ScheduleSource';
import { readDemoData, SuiteContext } from './SuiteContext';
import { authPhase } from './phases/auth';
import { loadPhase } from './phases/load';
import {
  postgresRestartPhase,
  SHARED_PROVIDER_FREQUENCY_SECONDS,
  twoBackendsPhase,
} from './phases/postgres';
import { providerFaultsPhase } from './phases/providerFaults';
import { backendRestartPhase } from './phases/restarts';
import { printSummary } from './summary';
import { entityTabThroughput } from './benchmarks/entityTabThroughput';

const USAGE = `Usage: hardening [--report-dir DIR] [--users N] [--seconds N] [--think-ms N]
       hardening summary --reports DIR [--jest FILE]
       hardening throughput [--seconds 15] [--connections 50] [--rounds 3]

Starts the real backend (packages/backend) on SQLite and on a throwaway
PostgreSQL cluster, and proves it under faults, hostile input, two backends,
auth attacks and load. Writes DIR/live.json and exits 1 on any failure.
"summary" prints the table of every report in DIR plus jest's tagged tests.
"throughput" compares the entity tab's requests/s with the catalog's entity read
on one backend with the KubeCon 2026 config.`;

interface Options {
  reportDir?: string;
  users: number;
  seconds: number;
  thinkMs: number;
}

function parseOptions(args: string[]): Options {
  const options: Options = { users: 200, seconds: 60, thinkMs: 100 };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--report-dir') options.reportDir = value;
    else if (flag === '--users') options.users = positive(flag, value);
    else if (flag === '--seconds') options.seconds = positive(flag, value);
    else if (flag === '--think-ms') options.thinkMs = Number(value);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

function parseThroughputOptions(args: string[]) {
  const options = { seconds: 15, connections: 50, rounds: 3 };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--seconds') options.seconds = positive(flag, value);
    else if (flag === '--connections')
      options.connections = positive(flag, value);
    else if (flag === '--rounds') options.rounds = positive(flag, value);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

function positive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) {
    throw new Error(`${flag} must be an integer from 1 to 10000, got ${value}`);
  }
  return n;
}

export async function main(args: string[]): Promise<number> {
  if (args[0] === 'summary') return printSummary(args.slice(1));
  if (args[0] === 'throughput') {
    return entityTabThroughput(parseThroughputOptions(args.slice(1)));
  }
  if (args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parseOptions(args);
  const workDir = mkdtempSync(
    join(tmpdir(), 'conference-learnings-hardening-'),
  );
  const report = new Report();
  const ctx: SuiteContext = {
    report,
    workDir,
    log: message =>
      process.stdout.write(
        `${new Date().toISOString().slice(11, 19)} ${message}\n`,
      ),
  };
  const started: BackendProcess[] = [];
  const source = new ScheduleSource('Hardening Conf 2026');
  const sourceUrl = await source.listen();
  const providerConfig = (frequencySeconds: number) => ({
    backend: { reading: { allow: [{ host: new URL(sourceUrl).host }] } },
    conferenceLearnings: {
      providers: {
        sched: {
          hardening: {
            source: sourceUrl,
            conference: 'hardening-conf-2026',
            timeout: { seconds: 1 },
            schedule: {
              frequency: { seconds: frequencySeconds },
              timeout: { seconds: 30 },
              initialDelay: { seconds: 1 },
            },
          },
        },
      },
    },
  });
  let cluster: PostgresCluster | undefined;
  let failedToRun: unknown;

  try {
    ctx.log('SQLite: starting the backend with a schedule source on loopback');
    const sqliteDir = join(workDir, 'sqlite');
    mkdirSync(sqliteDir);
    const backend = await BackendProcess.start({
      name: 'backend-sqlite',
      database: { client: 'better-sqlite3', directory: sqliteDir },
      workDir,
      config: providerConfig(2),
    });
    started.push(backend);
    const demo = await readDemoData(backend);
    ctx.log(
      `demo: ${demo.talkRefs.length} talks, ${demo.componentRefs.length} components`,
    );

    ctx.log(
      'faults and hostile input: the schedule source fails, then turns hostile',
    );
    await providerFaultsPhase(ctx, backend, source, sourceUrl);
    ctx.log('auth: every route, forged tokens, impersonation');
    await authPhase(ctx, backend, demo);
    await loadPhase(ctx, backend, demo, options);
    ctx.log('faults: the backend restarts on its SQLite files');
    await backendRestartPhase(ctx, backend, demo, 'SQLite');
    await backend.stop();

    const binDir = findPostgresBinDir();
    if (!binDir) {
      report.check(
        'two backends',
        false,
        'PostgreSQL server programs (initdb, pg_ctl) are not installed',
      );
    } else {
      ctx.log('PostgreSQL: a throwaway cluster, two backends on it');
      cluster = PostgresCluster.create(
        binDir,
        mkdtempSync(join(tmpdir(), 'conference-learnings-postgres-')),
        await freePort(),
      );
      cluster.start();
      const database = { client: 'pg' as const, port: cluster.port };
      // One after the other, as a rolling deploy does: started at the same instant
      // on an empty database, the catalog's own migrations refuse to run twice.
      const first = await BackendProcess.start({
        name: 'backend-pg-1',
        database,
        workDir,
        config: providerConfig(SHARED_PROVIDER_FREQUENCY_SECONDS),
      });
      started.push(first);
      const second = await BackendProcess.start({
        name: 'backend-pg-2',
        database,
        workDir,
        guestUserRef: 'user:default/visitor',
        config: providerConfig(SHARED_PROVIDER_FREQUENCY_SECONDS),
      });
      started.push(second);
      const pgDemo = await readDemoData(first);
      await twoBackendsPhase(ctx, { first, second }, pgDemo, source);
      ctx.log('faults: PostgreSQL restarts under the backends');
      await postgresRestartPhase(ctx, cluster, first, pgDemo);
      report.check(
        'faults',
        second.running,
        'the second backend survived the PostgreSQL restart too',
      );
      await second.stop();
      ctx.log('faults: the backend restarts on PostgreSQL');
      await backendRestartPhase(ctx, first, pgDemo, 'PostgreSQL');
    }
  } catch (error) {
    failedToRun = error;
    report.check(
      'faults',
      false,
      `the suite could not run to its end: ${error}`,
    );
  } finally {
    await Promise.all(started.map(b => b.stop()));
    cluster?.destroy();
    await source.close();
  }

  const file = report.toFile('live backends (packages/hardening)');
  if (options.reportDir) {
    mkdirSync(options.reportDir, { recursive: true });
    writeFileSync(
      join(options.reportDir, 'live.json'),
      JSON.stringify(file, null, 2),
    );
  }
  if (failedToRun || report.failureCount > 0) {
    ctx.log(
      `${report.failureCount} failures; logs and configs kept in ${workDir}`,
    );
    if (failedToRun)
      process.stderr.write(`${(failedToRun as Error).stack ?? failedToRun}\n`);
    return 1;
  }
  rmSync(workDir, { recursive: true, force: true });
  ctx.log('all cases passed');
  return 0;
}
