import {
  createFetchApi,
  FetchMiddlewares,
} from '@backstage/core-app-api';
import { IdentityApi } from '@backstage/core-plugin-api';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ConferenceLearningsClient } from './ConferenceLearningsClient';

/** What the loopback backend received. */
interface Received {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('ConferenceLearningsClient through Backstage’s fetchApi', () => {
  let server: Server;
  let baseUrl: string;
  const received: Received[] = [];

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const body = await bodyOf(req);
      received.push({
        method: req.method!,
        url: req.url!,
        authorization: req.headers.authorization,
        body,
      });
      res.writeHead(req.method === 'POST' ? 201 : 200, {
        'content-type': 'application/json',
      });
      res.end(JSON.stringify({ echoed: body ? JSON.parse(body) : null }));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/conference-learnings`;
  });

  afterAll(() => new Promise(resolve => server.close(resolve)));

  beforeEach(() => {
    received.length = 0;
  });

  /** The app's fetchApi: the plugin-protocol and identity middlewares, as in every Backstage app. */
  function client() {
    const discoveryApi = { getBaseUrl: async () => baseUrl };
    const identityApi = {
      getCredentials: async () => ({ token: 'user-token' }),
    } as unknown as IdentityApi;
    const fetchApi = createFetchApi({
      middleware: [
        FetchMiddlewares.resolvePluginProtocol({ discoveryApi }),
        FetchMiddlewares.injectIdentityAuth({
          identityApi,
          allowUrl: () => true,
        }),
      ],
    });
    return new ConferenceLearningsClient({ discoveryApi, fetchApi });
  }

  it('sends a link’s body, with the user’s token, through the middlewares', async () => {
    const answer = await client().linkTalk(
      'component:default/shipment-tracker',
      { talkRef: 'talk:default/flux', note: 'Our reference' },
    );

    expect(answer).toEqual({
      echoed: { talkRef: 'talk:default/flux', note: 'Our reference' },
    });
    expect(received).toEqual([
      {
        method: 'POST',
        url: '/api/conference-learnings/entities/component/default/shipment-tracker/links',
        authorization: 'Bearer user-token',
        body: JSON.stringify({
          talkRef: 'talk:default/flux',
          note: 'Our reference',
        }),
      },
    ]);
  });

  it('sends a learning’s Markdown whole', async () => {
    await client().createLearning('talk:default/flux', {
      body: 'Shard the controller **early**',
    });

    expect(received[0]).toMatchObject({
      method: 'POST',
      url: '/api/conference-learnings/talks/default/flux/learnings',
      body: JSON.stringify({ body: 'Shard the controller **early**' }),
    });
  });
});
