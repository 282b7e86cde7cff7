import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackendOptions, BackendProcess, freePort } from './BackendProcess';
import { findPostgresBinDir, PostgresCluster } from './PostgresCluster';
import { Report } from './Report';
import { ScheduleSource } from './ScheduleSource';
import { readDemoData, SuiteContext } from './SuiteContext';
import { authPhase } from './phases/auth';
import { LoadOptions, loadPhase } from './phases/load';
import {
  postgresRestartPhase,
  SHARED_PROVIDER_FREQUENCY_SECONDS,
  twoBackendsPhase,
} from './phases/postgres';
import { providerFaultsPhase } from './phases/providerFaults';
import {
  repositoryFaultsPhase,
  repositoryPhaseConfig,
  serveRepositories,
} from './phases/repositoryFaults';
import { GiteaTestHost } from '@conference-learnings/git-test-host';
import { backendRestartPhase } from './phases/restarts';

export interface LiveSuiteOptions extends LoadOptions {
  /** Where to write `live.json` */
  reportDir?: string;
}

/** One run of the live suite, and what it started, to stop however the run ends. */
interface LiveRun {
  ctx: SuiteContext;
  options: LiveSuiteOptions;
  source: ScheduleSource;
  sourceUrl: string;
  started: BackendProcess[];
  cluster?: PostgresCluster;
}

/**
 * Starts the real backend on SQLite, then two on a throwaway PostgreSQL
 * cluster, and runs every phase against them. Writes the report, and returns
 * the exit code: 1 on any failure (keeping the logs), else 0.
 */
export async function runLiveSuite(options: LiveSuiteOptions): Promise<number> {
  const workDir = mkdtempSync(
    join(tmpdir(), 'conference-learnings-hardening-'),
  );
  const ctx = suiteContext(workDir);
  const source = new ScheduleSource('Hardening Conf 2026');
  const sourceUrl = await source.listen();
  const run: LiveRun = { ctx, options, source, sourceUrl, started: [] };
  let failedToRun: unknown;

  try {
    await sqlitePhases(run);
    await repositoryPhases(run);
    await postgresPhases(run);
  } catch (error) {
    failedToRun = error;
    ctx.report.check(
      'faults',
      false,
      `the suite could not run to its end: ${error}`,
    );
  } finally {
    await Promise.all(run.started.map(b => b.stop()));
    run.cluster?.destroy();
    await source.close();
  }

  writeLiveReport(ctx.report, options.reportDir);
  return conclude(ctx, failedToRun);
}

/** A fresh report, and a log that prefixes each line with the time of day. */
function suiteContext(workDir: string): SuiteContext {
  return {
    report: new Report(),
    workDir,
    log: message =>
      process.stdout.write(
        `${new Date().toISOString().slice(11, 19)} ${message}\n`,
      ),
  };
}

/** Config for a backend whose `sched` provider reads the suite's schedule source. */
function scheduleProviderConfig(sourceUrl: string, frequencySeconds: number) {
  return {
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
  };
}

/** Starts a backend in the run's work folder, and keeps it to stop at the end. */
async function startBackend(
  run: LiveRun,
  options: Omit<BackendOptions, 'workDir'>,
): Promise<BackendProcess> {
  const backend = await BackendProcess.start({
    ...options,
    workDir: run.ctx.workDir,
  });
  run.started.push(backend);
  return backend;
}

/** The SQLite backend: provider faults and hostile input, auth, load, restarts. */
async function sqlitePhases(run: LiveRun) {
  const { ctx } = run;
  ctx.log('SQLite: starting the backend with a schedule source on loopback');
  const sqliteDir = join(ctx.workDir, 'sqlite');
  mkdirSync(sqliteDir);
  const backend = await startBackend(run, {
    name: 'backend-sqlite',
    database: { client: 'better-sqlite3', directory: sqliteDir },
    config: scheduleProviderConfig(run.sourceUrl, 2),
  });
  const demo = await readDemoData(backend);
  ctx.log(
    `demo: ${demo.talkRefs.length} talks, ${demo.componentRefs.length} components`,
  );

  ctx.log(
    'faults and hostile input: the schedule source fails, then turns hostile',
  );
  await providerFaultsPhase(ctx, backend, run.source, run.sourceUrl);
  ctx.log('auth: every route, forged tokens, impersonation');
  await authPhase(ctx, backend, demo);
  await loadPhase(ctx, backend, demo, run.options);
  ctx.log('faults: the backend restarts on its SQLite files');
  await backendRestartPhase(ctx, backend, demo, 'SQLite');
  await backend.stop();
}

/** A backend reading services' repositories from a Git host on loopback that fails and turns hostile. */
async function repositoryPhases(run: LiveRun) {
  const { ctx } = run;
  ctx.log('faults and hostile input: repositories on a failing Git host');
  const host = new GiteaTestHost();
  await host.start();
  try {
    await serveRepositories(host);
    const sqliteDir = join(ctx.workDir, 'sqlite-repositories');
    mkdirSync(sqliteDir);
    const backend = await startBackend(run, {
      name: 'backend-repositories',
      database: { client: 'better-sqlite3', directory: sqliteDir },
      config: repositoryPhaseConfig(host),
    });
    await repositoryFaultsPhase(ctx, backend, host);
    await backend.stop();
  } finally {
    await host.stop();
  }
}

/**
 * Two backends on a throwaway PostgreSQL cluster: the shared scheduler and
 * writes across them, PostgreSQL restarting under them, and the backend
 * restarting on it. Fails with the reason when PostgreSQL is not installed.
 */
async function postgresPhases(run: LiveRun) {
  const { ctx } = run;
  const binDir = findPostgresBinDir();
  if (!binDir) {
    ctx.report.check(
      'two backends',
      false,
      'PostgreSQL server programs (initdb, pg_ctl) are not installed',
    );
    return;
  }
  ctx.log('PostgreSQL: a throwaway cluster, two backends on it');
  run.cluster = PostgresCluster.create(
    binDir,
    mkdtempSync(join(tmpdir(), 'conference-learnings-postgres-')),
    await freePort(),
  );
  run.cluster.start();
  const { first, second } = await startTwoBackends(run, run.cluster.port);
  const demo = await readDemoData(first);
  await twoBackendsPhase(ctx, { first, second }, demo, run.source);
  ctx.log('faults: PostgreSQL restarts under the backends');
  await postgresRestartPhase(ctx, run.cluster, first, demo);
  ctx.report.check(
    'faults',
    second.running,
    'the second backend survived the PostgreSQL restart too',
  );
  await second.stop();
  ctx.log('faults: the backend restarts on PostgreSQL');
  await backendRestartPhase(ctx, first, demo, 'PostgreSQL');
}

/**
 * Two backends on the PostgreSQL at `port`, with the same provider; the first
 * signs in the demo's guest, the second another user.
 */
async function startTwoBackends(run: LiveRun, port: number) {
  const database = { client: 'pg' as const, port };
  const config = scheduleProviderConfig(
    run.sourceUrl,
    SHARED_PROVIDER_FREQUENCY_SECONDS,
  );
  // One after the other, as a rolling deploy does: started at the same instant
  // on an empty database, the catalog's own migrations refuse to run twice.
  const first = await startBackend(run, {
    name: 'backend-pg-1',
    database,
    config,
  });
  const second = await startBackend(run, {
    name: 'backend-pg-2',
    database,
    guestUserRef: 'user:default/visitor',
    config,
  });
  return { first, second };
}

/** Writes `DIR/live.json` when a report folder was given. */
function writeLiveReport(report: Report, reportDir: string | undefined) {
  const file = report.toFile('live backends (packages/hardening)');
  if (reportDir) {
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, 'live.json'), JSON.stringify(file, null, 2));
  }
}

/**
 * The exit code. On a failure, keeps the work folder and says where it is;
 * else removes it.
 */
function conclude(ctx: SuiteContext, failedToRun: unknown): number {
  if (failedToRun || ctx.report.failureCount > 0) {
    ctx.log(
      `${ctx.report.failureCount} failures; logs and configs kept in ${ctx.workDir}`,
    );
    if (failedToRun)
      process.stderr.write(`${(failedToRun as Error).stack ?? failedToRun}\n`);
    return 1;
  }
  rmSync(ctx.workDir, { recursive: true, force: true });
  ctx.log('all cases passed');
  return 0;
}
