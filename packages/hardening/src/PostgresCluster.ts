import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where the PostgreSQL server programs are (`initdb`, `pg_ctl`), if installed. */
export function findPostgresBinDir(): string | undefined {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' });
    if (existsSync(join(dir.trim(), 'initdb'))) return dir.trim();
  } catch {
    // no pg_config on PATH: look where Debian installs the server
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions
    .map(v => join(root, v, 'bin'))
    .find(dir => existsSync(join(dir, 'initdb')));
}

/**
 * A throwaway PostgreSQL cluster of our own, on a port of our own, so the suite
 * can stop and restart a real database server without touching the machine's.
 * PostgreSQL refuses to run as root; as root, its programs run as `postgres`.
 */
export class PostgresCluster {
  /** The `postgres` account the server runs as when the suite runs as root */
  private readonly owner = postgresAccountIfRoot();

  private constructor(
    private readonly binDir: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  static create(binDir: string, dir: string, port: number): PostgresCluster {
    const cluster = new PostgresCluster(binDir, dir, port);
    mkdirSync(join(dir, 'socket'), { recursive: true });
    const owner = cluster.owner;
    if (owner) {
      chownSync(dir, owner.uid, owner.gid);
      chownSync(join(dir, 'socket'), owner.uid, owner.gid);
    }
    cluster.run('initdb', [
      '-D',
      join(dir, 'data'),
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
    ]);
    return cluster;
  }

  start() {
    this.run('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'postgres.log'),
      '-o',
      `-p ${this.port} -k ${join(
        this.dir,
        'socket',
      )} -c listen_addresses=127.0.0.1 -c max_connections=500`,
      '-w',
      'start',
    ]);
  }

  /** Stops the server the way an operator restarting it does: active sessions are cut. */
  stop() {
    this.run('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-m',
      'fast',
      '-w',
      'stop',
    ]);
  }

  /** Stops the server if it runs, and deletes the cluster's folder. */
  destroy() {
    try {
      this.stop();
    } catch {
      // not running
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(program: string, args: string[]) {
    const path = join(this.binDir, program);
    const [command, commandArgs] = this.owner
      ? ['runuser', ['-u', 'postgres', '--', path, ...args]]
      : [path, args];
    execFileSync(command, commandArgs, { stdio: 'pipe', cwd: this.dir });
  }
}

function postgresAccountIfRoot(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}
