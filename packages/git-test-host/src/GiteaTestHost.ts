import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create } from 'tar';

/** A repository the host serves: its files, commit, and how it answers. */
export interface TestRepository {
  files: Record<string, string | Buffer>;
  /** Symbolic links in its archive: path → target */
  symlinks?: Record<string, string>;
  commit: string;
  /** Answer every request for it with this status instead */
  status?: number;
  /** Never answer */
  hang?: boolean;
  /** Answer archive requests with bytes that are no gzip */
  corrupt?: boolean;
}

const ROUTE =
  /^\/api\/v1\/repos\/acme\/([\w.-]+)\/(git\/commits\/main|archive\/main\.tar\.gz|contents\/([^?]+)\?ref=main)$/;

/**
 * A Git host on loopback that speaks the part of Gitea's API Backstage's
 * `GiteaUrlReader` reads: the latest commit of a branch
 * (`/api/v1/repos/{owner}/{repo}/git/commits/{ref}`), the branch's archive
 * (`/api/v1/repos/{owner}/{repo}/archive/{ref}.tar.gz`) and a file's contents
 * (`/api/v1/repos/{owner}/{repo}/contents/{path}?ref={ref}`), counting
 * requests. Each repository can be made to fail: a status, no answer, a
 * corrupt archive. Used by the tests, the benchmark and the hardening suite.
 */
export class GiteaTestHost {
  readonly repositories = new Map<string, TestRepository>();
  readonly requests: string[] = [];
  private server?: http.Server;
  private readonly hanging = new Set<http.ServerResponse>();
  /** Archives made, by the repository object they were made of */
  /** Each repository's archive, built once even when asked for concurrently. */
  private readonly archives = new WeakMap<object, Promise<Buffer>>();

  get host(): string {
    return `localhost:${(this.server!.address() as AddressInfo).port}`;
  }

  get baseUrl(): string {
    return `http://${this.host}`;
  }

  /** The URL of a repository's folder or file, as the catalog names them. */
  sourceUrl(name: string, path = ''): string {
    return `${this.baseUrl}/acme/${name}/src/branch/main/${path}`;
  }

  /** The `integrations` config that points Backstage at this host. */
  integrationConfig() {
    return { gitea: [{ host: this.host, baseUrl: this.baseUrl }] };
  }

  /**
   * The archive of a repository as it is now, built once: call it before the
   * catalog asks for a large one, so that building it is not timed as the
   * host's answer.
   */
  archiveOf(name: string, repository = this.repositories.get(name)) {
    if (!repository) throw new Error(`no repository ${name}`);
    let body = this.archives.get(repository);
    if (!body) {
      body = archive(name, repository);
      this.archives.set(repository, body);
    }
    return body;
  }

  /** How many requests asked for a repository (any route, or its archive only). */
  requestsFor(name: string, route: 'any' | 'archive' = 'any'): number {
    const part = route === 'archive' ? `/${name}/archive/` : `/${name}/`;
    return this.requests.filter(r => r.includes(part)).length;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      this.requests.push(req.url ?? '');
      this.answer(req.url ?? '', res).catch(() => res.destroy());
    });
    await new Promise<void>(resolve =>
      this.server!.listen(0, '127.0.0.1', resolve),
    );
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise(resolve => this.server?.close(resolve));
  }

  private async answer(url: string, res: http.ServerResponse) {
    const match = ROUTE.exec(url);
    const repository = match && this.repositories.get(match[1]);
    if (!match || !repository) {
      res.writeHead(404).end('{"message":"not found"}');
    } else if (repository.hang) {
      this.hanging.add(res);
    } else if (repository.status) {
      res.writeHead(repository.status).end('{"message":"failing"}');
    } else if (match[2].startsWith('git/')) {
      sendJson(res, { sha: repository.commit });
    } else if (match[3]) {
      const content = repository.files[decodeURIComponent(match[3])];
      if (content === undefined) res.writeHead(404).end('{}');
      else {
        sendJson(res, {
          encoding: 'base64',
          content: Buffer.from(content).toString('base64'),
        });
      }
    } else if (repository.corrupt) {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      res.end(Buffer.from('this is not a gzip archive'));
    } else {
      const body = await this.archiveOf(match[1], repository);
      res.writeHead(200, { 'content-type': 'application/gzip' }).end(body);
    }
  }
}

function sendJson(res: http.ServerResponse, body: unknown) {
  res
    .writeHead(200, { 'content-type': 'application/json' })
    .end(JSON.stringify(body));
}

/** A `.tar.gz` of the repository under a top folder named after it, as Gitea makes them. */
async function archive(
  name: string,
  repository: TestRepository,
): Promise<Buffer> {
  const root = mkdtempSync(join(tmpdir(), 'gitea-test-'));
  try {
    mkdirSync(join(root, name));
    for (const [path, content] of Object.entries(repository.files)) {
      const target = join(root, name, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    for (const [path, target] of Object.entries(repository.symlinks ?? {})) {
      mkdirSync(dirname(join(root, name, path)), { recursive: true });
      symlinkSync(target, join(root, name, path));
    }
    const chunks: Buffer[] = [];
    for await (const chunk of create(
      { gzip: true, cwd: root, portable: true },
      [name],
    )) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
