import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
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
import {
  learningUpdatePermission,
  linkDeletePermission,
} from '@conference-learnings/plugin-conference-learnings-common';
import request from 'supertest';
import { loadDemoCatalog } from './__testUtils__/demoCatalog';
import { httpAuthWithActors } from './__testUtils__/httpAuthWithActors';
import { policyModule } from './__testUtils__/policyModule';
import { conferenceLearningsPlugin } from './plugin';
import {
  createLearningConditionalDecision,
  learningConditions,
} from './permissions/rules';

jest.setTimeout(60_000);

const BASE = '/api/conference-learnings';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const MODERATOR = 'user:default/moderator';
const TALK_LEARNINGS =
  '/talks/default/kubecon-eu-2024-opening-keynote/learnings';

/** What `@backstage/plugin-permission-backend-module-allow-all-policy` does. */
const allowAll: PermissionPolicy = {
  async handle(): Promise<PolicyDecision> {
    return { result: AuthorizeResult.ALLOW };
  },
};

/** A policy that lets a moderator change any learning and forbids unlinking. */
const moderated: PermissionPolicy = {
  async handle(req, user?: PolicyQueryUser): Promise<PolicyDecision> {
    if (isPermission(req.permission, linkDeletePermission)) {
      return { result: AuthorizeResult.DENY };
    }
    if (isPermission(req.permission, learningUpdatePermission)) {
      return user?.info.userEntityRef === MODERATOR
        ? createLearningConditionalDecision(req.permission, {
            not: learningConditions.isAuthor({ claims: [] }),
          })
        : createLearningConditionalDecision(
            req.permission,
            learningConditions.isAuthor({
              claims: user?.info.ownershipEntityRefs ?? [],
            }),
          );
    }
    return { result: AuthorizeResult.ALLOW };
  },
};

/** With the real permission backend and policies evaluated by it. */
describe('permissions through the permission backend', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function start(databaseId: TestDatabaseId, policy: PermissionPolicy) {
    const knex = await databases.init(databaseId);
    const { server } = await startTestBackend({
      features: [
        conferenceLearningsPlugin,
        permissionPlugin,
        policyModule(policy),
        httpAuthWithActors,
        mockServices.database.factory({ knex }),
        catalogServiceMock.factory({ entities: await loadDemoCatalog() }),
        mockServices.rootConfig.factory({
          data: { permission: { enabled: true } },
        }),
      ],
    });
    const as = (user: string) => ({
      post: (path: string, body: object) =>
        request(server)
          .post(`${BASE}${path}`)
          .set('Authorization', mockCredentials.user.header(user))
          .send(body),
      patch: (path: string, body: object) =>
        request(server)
          .patch(`${BASE}${path}`)
          .set('Authorization', mockCredentials.user.header(user))
          .send(body),
      delete: (path: string) =>
        request(server)
          .delete(`${BASE}${path}`)
          .set('Authorization', mockCredentials.user.header(user)),
    });
    return { server, as };
  }

  it.each(databases.eachSupportedId())(
    'with the allow-all policy, only authors change their learnings, on %p',
    async databaseId => {
      const { as } = await start(databaseId, allowAll);
      const { body: learning, status } = await as(ALICE).post(TALK_LEARNINGS, {
        body: 'Ten years of Kubernetes',
      });
      expect(status).toBe(201);
      const byBob = await as(BOB).patch(`/learnings/${learning.id}`, {
        body: 'Vandalised',
      });
      expect(byBob.status).toBe(403);
      expect((await as(BOB).delete(`/learnings/${learning.id}`)).status).toBe(
        403,
      );
      expect(
        (await as(ALICE).patch(`/learnings/${learning.id}`, { body: 'Edited' }))
          .status,
      ).toBe(200);
      expect((await as(ALICE).delete(`/learnings/${learning.id}`)).status).toBe(
        204,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'applies conditional decisions and denials of a real policy, on %p',
    async databaseId => {
      const { as, server } = await start(databaseId, moderated);
      const { body: learning } = await as(ALICE).post(TALK_LEARNINGS, {
        body: 'Notes',
      });
      expect(
        (await as(BOB).patch(`/learnings/${learning.id}`, { body: 'x' }))
          .status,
      ).toBe(403);
      expect(
        (await as(ALICE).patch(`/learnings/${learning.id}`, { body: 'y' }))
          .status,
      ).toBe(200);
      const moderatedRes = await as(MODERATOR).patch(
        `/learnings/${learning.id}`,
        { body: 'Moderated' },
      );
      expect(moderatedRes.status).toBe(200);
      expect(moderatedRes.body).toMatchObject({
        body: 'Moderated',
        createdBy: ALICE,
        updatedBy: MODERATOR,
      });

      expect(
        (
          await as(ALICE).post(
            '/entities/component/default/shipment-tracker/links',
            {
              talkRef: 'kubecon-eu-2024-opening-keynote',
            },
          )
        ).status,
      ).toBe(201);
      expect(
        (
          await as(ALICE).delete(
            '/entities/component/default/shipment-tracker/links/default/kubecon-eu-2024-opening-keynote',
          )
        ).status,
      ).toBe(403);

      // The rules are registered with the permission framework.
      const metadata = await request(server)
        .get(`${BASE}/.well-known/backstage/permissions/metadata`)
        .set('Authorization', mockCredentials.service.header());
      expect(metadata.status).toBe(200);
      expect(metadata.body.permissions.map((p: any) => p.name)).toEqual([
        'conference-learnings.link.create',
        'conference-learnings.link.delete',
        'conference-learnings.learning.create',
        'conference-learnings.learning.update',
        'conference-learnings.learning.delete',
      ]);
      expect(metadata.body.rules.map((r: any) => r.name)).toEqual([
        'IS_AUTHOR',
        'IS_ON_TALK',
      ]);
    },
  );
});
