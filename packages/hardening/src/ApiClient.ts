/** The answer to one request, with how long it took. */
export interface ApiResponse {
  status: number;
  /** Parsed JSON, or the raw text when the body is not JSON */
  body: any;
  contentType: string;
  ms: number;
}

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as is, instead of `body` serialised as JSON */
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
  /** Give up after this long (ms); the response then has status 0 */
  timeoutMs?: number;
}

/** A small HTTP client for one backend; every call resolves, failures included. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | Buffer | undefined = options.rawBody;
    if (body === undefined && options.body !== undefined) {
      body = JSON.stringify(options.body);
    }
    if (body !== undefined && !headers['content-type']) {
      headers['content-type'] = 'application/json';
    }
    const started = performance.now();
    try {
      const res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
      const text = await res.text();
      const contentType = res.headers.get('content-type') ?? '';
      let parsed: any = text;
      if (contentType.includes('application/json') && text) {
        parsed = JSON.parse(text);
      }
      return {
        status: res.status,
        body: parsed,
        contentType,
        ms: performance.now() - started,
      };
    } catch (error) {
      return {
        status: 0,
        body: String(error),
        contentType: '',
        ms: performance.now() - started,
      };
    }
  }

  /** `/api/conference-learnings` + path */
  api(method: string, path: string, options?: RequestOptions) {
    return this.request(method, `/api/conference-learnings${path}`, options);
  }

  /**
   * Every page of a paged `GET` of the plugin (`{items, totalCount}`), 100 items
   * at a time; throws on any answer but 200.
   */
  async *pages(path: string, token: string): AsyncGenerator<any> {
    const separator = path.includes('?') ? '&' : '?';
    for (let offset = 0; ; offset += 100) {
      const page = await this.api(
        'GET',
        `${path}${separator}limit=100&offset=${offset}`,
        { token },
      );
      if (page.status !== 200) {
        throw new Error(`GET ${path}: ${describeResponse(page)}`);
      }
      yield page.body;
      if (offset + 100 >= page.body.totalCount) return;
    }
  }
}

/** A short description of a response for failure messages. */
export function describeResponse(res: ApiResponse): string {
  const body =
    typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
  return `HTTP ${res.status} ${body.slice(0, 200)}`;
}

/** Whether an error response has Backstage's JSON error body with a message. */
export function isBackstageError(res: ApiResponse): boolean {
  return (
    res.contentType.includes('application/json') &&
    typeof res.body?.error?.name === 'string' &&
    typeof res.body?.error?.message === 'string' &&
    res.body.error.message.length > 0
  );
}
