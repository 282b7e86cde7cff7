import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';

/** How the source answers: a good schedule, or one of the ways a source fails. */
export type SourceMode = 'good' | 'http500' | 'timeout' | 'reset' | 'half';

export interface ScheduledTalk {
  id: string;
  title: string;
  /** The event's URL (default: an https Sched URL) */
  url?: string;
  /** A slides file URL */
  slides?: string;
}

/**
 * A Sched-style schedule (`{conference, types: {…: {events}}}`) served on
 * loopback, that a backend's `sched` provider reads, and that can be told to
 * fail. It records when each request came, to see how often providers run.
 */
export class ScheduleSource {
  mode: SourceMode = 'good';
  talks: ScheduledTalk[] = [];
  readonly requests: { at: number; mode: SourceMode }[] = [];
  private server?: Server;
  private readonly hanging = new Set<ServerResponse>();

  constructor(readonly conference: string) {}

  async listen(): Promise<string> {
    this.server = createServer((req, res) => this.answer(req, res));
    await new Promise<void>(r => this.server!.listen(0, '127.0.0.1', r));
    const { port } = this.server.address() as { port: number };
    return `http://127.0.0.1:${port}/schedule.json`;
  }

  async close() {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise(r => this.server?.close(r));
  }

  /** Waits until the source has answered `count` more requests in the current mode. */
  async waitForRequests(count: number, timeoutMs: number): Promise<boolean> {
    const start = this.requests.length;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.requests.length - start >= count) return true;
      await new Promise(r => setTimeout(r, 200));
    }
    return false;
  }

  document(): string {
    return JSON.stringify({
      conference: this.conference,
      types: {
        Session: {
          events: this.talks.map(talk => ({
            id: talk.id,
            url: talk.url ?? `https://hardening.sched.com/event/${talk.id}`,
            title: `${talk.title} - Ana Example, Acme`,
            description: `About ${talk.title}.`,
            date_time: '2026-03-24 09:00',
            start_date: '2026-03-24',
            speakers: [{ name: 'Ana Example', title: 'Acme' }],
            files: talk.slides ? [{ url: talk.slides }] : [],
          })),
        },
      },
    });
  }

  private answer(_req: IncomingMessage, res: ServerResponse) {
    this.requests.push({ at: Date.now(), mode: this.mode });
    const doc = this.document();
    switch (this.mode) {
      case 'good':
        res.writeHead(200, { 'content-type': 'application/json' }).end(doc);
        return;
      case 'http500':
        res.writeHead(500).end('internal error');
        return;
      case 'timeout':
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return;
      case 'reset':
        res.socket?.destroy();
        return;
      case 'half':
        res
          .writeHead(200, {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(doc)),
          })
          .write(doc.slice(0, Math.floor(doc.length / 2)));
        setTimeout(() => res.socket?.destroy(), 50);
        return;
      default:
        throw new Error(`unknown mode ${this.mode}`);
    }
  }
}
