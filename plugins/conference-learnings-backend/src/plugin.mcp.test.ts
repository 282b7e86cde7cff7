import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { learningCreatePermission } from '@conference-learnings/plugin-conference-learnings-common';
import { Client } from '@modelcontextprotocol/sdk/client';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import request from 'supertest';
import { loadDemoCatalog } from './__testUtils__/demoCatalog';
import { httpAuthWithActors } from './__testUtils__/httpAuthWithActors';
import { policyModule } from './__testUtils__/policyModule';
import { conferenceLearningsPlugin } from './plugin';

jest.setTimeout(60_000);

const ALICE = 'user:default/alice';
const READER = 'user:default/reader';
const SERVICE = 'component:default/shipment-tracker';
const TALK = 'talk:default/kubecon-eu-2024-opening-keynote';

/** Everyone may do everything, except that `reader` may not write learnings. */
const readerMayNotWrite: PermissionPolicy = {
  async handle(req, user?: PolicyQueryUser): Promise<PolicyDecision> {
    if (
      isPermission(req.permission, learningCreatePermission) &&
      user?.info.userEntityRef === READER
    ) {
      return { result: AuthorizeResult.DENY };
    }
    return { result: AuthorizeResult.ALLOW };
  },
};

/** The text of a tool's answer, parsed: the MCP backend wraps JSON in a code fence. */
function toolJson(result: Awaited<ReturnType<Client['callTool']>>) {
  const [content] = result.content as { type: string; text: string }[];
  if (result.isError) throw new Error(`The tool failed: ${content.text}`);
  return JSON.parse(content.text.replace(/^```json\n|\n```$/g, ''));
}

describe('actions for AI assistants, through the MCP actions backend', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const clients: Client[] = [];

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        conferenceLearningsPlugin,
        mcpActionsPlugin,
        permissionPlugin,
        policyModule(readerMayNotWrite),
        httpAuthWithActors,
        actionsRegistryServiceFactory,
        actionsServiceFactory,
        catalogServiceMock.factory({ entities: await loadDemoCatalog() }),
        mockServices.rootConfig.factory({
          data: {
            permission: { enabled: true },
            backend: { actions: { pluginSources: ['conference-learnings'] } },
          },
        }),
      ],
    }));
  });

  afterAll(async () => {
    await Promise.all(clients.map(client => client.close()));
  });

  /** A real MCP client over streamable HTTP, signed in as `user`. */
  async function mcpClientAs(user: string): Promise<Client> {
    const client = new Client({ name: 'test-assistant', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://localhost:${server.port()}/api/mcp-actions/v1`),
        {
          requestInit: {
            headers: { Authorization: mockCredentials.user.header(user) },
          },
        },
      ),
    );
    clients.push(client);
    return client;
  }

  it('lists the five actions with their input schemas', async () => {
    const client = await mcpClientAs(ALICE);
    const { tools } = await client.listTools();
    const byName = new Map(tools.map(tool => [tool.name, tool]));
    expect([...byName.keys()].sort()).toEqual([
      'add-talk-learning',
      'find-relevant-talks',
      'link-talk-to-entity',
      'list-talk-learnings',
      'search-conference-talks',
    ]);
    expect(byName.get('find-relevant-talks')?.inputSchema).toMatchObject({
      required: ['entityRef'],
    });
    expect(byName.get('find-relevant-talks')?.annotations?.readOnlyHint).toBe(
      true,
    );
  });

  it("answers an entity's relevant talks exactly as the REST API ranks them for the same user", async () => {
    const client = await mcpClientAs(ALICE);
    const answer = toolJson(
      await client.callTool({
        name: 'find-relevant-talks',
        arguments: { entityRef: SERVICE, limit: 5 },
      }),
    );
    const rest = await request(server)
      .get(
        '/api/conference-learnings/entities/component/default/shipment-tracker/talks?limit=5',
      )
      .set('Authorization', mockCredentials.user.header(ALICE));
    expect(rest.status).toBe(200);
    expect(answer.totalCount).toBe(rest.body.totalCount);
    expect(answer.talks.length).toBeGreaterThan(1);
    expect(
      answer.talks.map((talk: { ref: string; score: number }) => [
        talk.ref,
        talk.score,
      ]),
    ).toEqual(
      rest.body.items.map((item: any) => [item.talk.entityRef, item.score]),
    );
    expect(answer.talks[0].reasons[0].text).toMatch(/^Covers /);
  });

  it('writes a learning as the user, which the learnings action and the REST API then show', async () => {
    const client = await mcpClientAs(ALICE);
    const added = toolJson(
      await client.callTool({
        name: 'add-talk-learning',
        arguments: { talkRef: TALK, body: 'Ten years of Kubernetes, via MCP' },
      }),
    );
    expect(added.learning).toMatchObject({ talkRef: TALK, createdBy: ALICE });
    const listed = toolJson(
      await client.callTool({
        name: 'list-talk-learnings',
        arguments: { talkRef: TALK },
      }),
    );
    expect(listed.learnings[0]).toMatchObject({
      id: added.learning.id,
      body: 'Ten years of Kubernetes, via MCP',
    });
  });

  it('finds talks by words and technology', async () => {
    const client = await mcpClientAs(ALICE);
    const found = toolJson(
      await client.callTool({
        name: 'search-conference-talks',
        arguments: { query: 'argo', limit: 3 },
      }),
    );
    expect(found.totalCount).toBeGreaterThan(0);
    expect(found.talks[0].title).toMatch(/argo/i);
  });

  it('refuses a user what the permission policy does not allow them', async () => {
    const client = await mcpClientAs(READER);
    const { tools } = await client.listTools();
    expect(tools.map(tool => tool.name)).not.toContain('add-talk-learning');
    const refused = await client.callTool({
      name: 'add-talk-learning',
      arguments: { talkRef: TALK, body: 'Should not be written' },
    });
    expect(refused.isError).toBe(true);
    const learnings = await request(server)
      .get(
        '/api/conference-learnings/talks/default/kubecon-eu-2024-opening-keynote/learnings',
      )
      .set('Authorization', mockCredentials.user.header(READER));
    expect(
      learnings.body.items.map((learning: { body: string }) => learning.body),
    ).not.toContain('Should not be written');
  });
});
