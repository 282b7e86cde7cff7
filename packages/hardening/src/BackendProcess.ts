import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { ApiClient } from './ApiClient';

// The suite runs only from the repository's sources, never from a build.
// eslint-disable-next-line no-restricted-syntax
export const REPO_ROOT = resolve(__dirname, '../../..');
const BACKEND_DIR = join(REPO_ROOT, 'packages/backend');

/** Where a backend keeps its data. */
export type BackendDatabase =
  | { client: 'better-sqlite3'; directory: string }
  | { client: 'pg'; port: number };

export interface BackendOptions {
  /** Names the backend in logs and failure messages */
  name: string;
  database: BackendDatabase;
  /** Folder for the config file and the log */
  workDir: string;
  /** The user the guest provider signs in (default: app-config.yaml's demo guest) */
  guestUserRef?: string;
  /** More app-config, merged over the repository's app-config.yaml */
  config?: Record<string, unknown>;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise(r => server.close(r));
  return port;
}

/**
 * The repository's real backend (`packages/backend`) in a child process, with
 * the demo's app-config plus overrides, run from source as `scripts/test`'s
 * end-to-end stage runs it.
 */
export class BackendProcess {
  readonly client: ApiClient;
  private child?: ChildProcess;
  private exited?: Promise<number | null>;
  private token?: string;
  /** Startup failures in the log before the current start */
  private startupFailures = 0;

  private constructor(
    readonly options: BackendOptions,
    readonly port: number,
    private readonly logPath: string,
  ) {
    this.client = new ApiClient(`http://localhost:${port}`);
  }

  /** Starts a backend and waits until it serves the demo catalog's talks. */
  static async start(options: BackendOptions): Promise<BackendProcess> {
    const backend = new BackendProcess(
      options,
      await freePort(),
      join(options.workDir, `${options.name}.log`),
    );
    await backend.start();
    return backend;
  }

  get name() {
    return this.options.name;
  }

  /** (Re)starts the process on the same port and data, and waits until it is ready. */
  async start(): Promise<void> {
    const configPath = join(this.options.workDir, `${this.name}.json`);
    writeFileSync(configPath, JSON.stringify(this.appConfig(), null, 2));
    this.startupFailures = this.countLogLines(/Backend startup failed/);
    const log = openSync(this.logPath, 'a');
    this.child = spawn(
      process.execPath,
      [
        '--no-node-snapshot',
        '-r',
        '@backstage/cli/config/nodeTransform.cjs',
        'src/index.ts',
        '--config',
        '../../app-config.yaml',
        '--config',
        configPath,
      ],
      {
        cwd: BACKEND_DIR,
        env: { ...process.env, NODE_ENV: 'development' },
        stdio: ['ignore', log, log],
      },
    );
    closeSync(log);
    const child = this.child;
    this.exited = new Promise(r => child.once('exit', code => r(code)));
    this.token = undefined;
    await this.waitUntilReady();
  }

  /** Stops the process: SIGTERM for a clean shutdown, SIGKILL for a crash. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 30_000);
    await this.exited;
    clearTimeout(timer);
  }

  /** Whether the process is still running. */
  get running(): boolean {
    return !!this.child && this.child.exitCode === null;
  }

  /** A token of the guest user, from the real auth backend. */
  async guestToken(): Promise<string> {
    if (!this.token) {
      const res = await this.client.request('POST', '/api/auth/guest/refresh', {
        body: {},
      });
      const token = res.body?.backstageIdentity?.token;
      if (res.status !== 200 || !token) {
        throw new Error(
          `${this.name}: guest sign-in failed: HTTP ${res.status}`,
        );
      }
      this.token = token;
    }
    return this.token!;
  }

  /** The last lines of the backend's log, for failure messages. */
  logTail(lines = 30): string {
    try {
      return readFileSync(this.logPath, 'utf8')
        .split('\n')
        .slice(-lines)
        .join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** How many log lines match, over every start of this backend. */
  countLogLines(pattern: RegExp): number {
    try {
      return readFileSync(this.logPath, 'utf8')
        .split('\n')
        .filter(line => pattern.test(line)).length;
    } catch {
      return 0;
    }
  }

  private appConfig() {
    const baseUrl = `http://localhost:${this.port}`;
    const { database } = this.options;
    const guest = this.options.guestUserRef;
    return deepMerge(
      {
        app: { baseUrl },
        backend: {
          baseUrl,
          listen: { port: this.port },
          cors: { origin: baseUrl },
          database:
            database.client === 'pg'
              ? {
                  client: 'pg',
                  connection: {
                    host: '127.0.0.1',
                    port: database.port,
                    user: 'postgres',
                  },
                }
              : {
                  client: 'better-sqlite3',
                  connection: { directory: database.directory },
                },
        },
        ...(guest && {
          auth: {
            providers: {
              guest: { userEntityRef: guest, ownershipEntityRefs: [guest] },
            },
          },
        }),
      },
      this.options.config ?? {},
    );
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 240_000;
    const failed = (why: string) =>
      new Error(`${this.name} ${why}; its log ends with:\n${this.logTail()}`);
    while (Date.now() < deadline) {
      if (!this.running) throw failed('exited while starting');
      // A plugin that fails to start leaves the process up but never ready.
      if (this.countLogLines(/Backend startup failed/) > this.startupFailures) {
        throw failed('failed to start');
      }
      const ready = await this.isServingDemo();
      if (ready) return;
      await sleep(1000);
    }
    throw failed('did not serve the demo within 240 s');
  }

  /** Ready: the catalog has the demo and the plugin's catalog index is built. */
  private async isServingDemo(): Promise<boolean> {
    const health = await this.client.request(
      'GET',
      '/.backstage/health/v1/readiness',
      { timeoutMs: 5000 },
    );
    if (health.status !== 200) return false;
    try {
      const token = await this.guestToken();
      const talks = await this.client.api(
        'GET',
        '/entities/component/default/shipment-tracker/talks?limit=1',
        { token, timeoutMs: 10_000 },
      );
      return talks.status === 200 && talks.body.totalCount > 0;
    } catch {
      return false;
    }
  }
}

export function sleep(ms: number) {
  return new Promise(r => setTimeout(r, ms));
}

function deepMerge(
  base: Record<string, any>,
  extra: Record<string, any>,
): Record<string, any> {
  const out = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && out[key]
        ? deepMerge(out[key], value)
        : value;
  }
  return out;
}
