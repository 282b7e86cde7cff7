import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  ConferenceLearningsStore,
  LearningRecord,
} from './ConferenceLearningsStore';

jest.setTimeout(60_000);

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const TRACKER = 'component:default/shipment-tracker';
const TALK = 'talk:default/kubecon-india-2024-expedia-gitops-argocd-30k-apps';

describe('ConferenceLearningsStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    return ConferenceLearningsStore.create({
      database: mockServices.database({ knex }),
    });
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('keeps one link per entity and talk, recording who and when', async () => {
      const store = await createStore(databaseId);
      const link = await store.createLink({
        entityRef: TRACKER,
        talkRef: TALK,
        note: 'How Expedia runs Argo CD at scale',
        actor: ALICE,
      });
      expect(link).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        entityRef: TRACKER,
        talkRef: TALK,
        note: 'How Expedia runs Argo CD at scale',
        createdBy: ALICE,
        createdAt: expect.any(String),
      });
      expect(Date.parse(link.createdAt)).toBeGreaterThan(Date.now() - 60_000);
      await expect(
        store.createLink({ entityRef: TRACKER, talkRef: TALK, actor: BOB }),
      ).rejects.toThrow(ConflictError);
      expect(await store.listLinksForEntity(TRACKER)).toEqual([link]);

      expect(await store.deleteLink(TRACKER, TALK, BOB)).toBe(true);
      expect(await store.deleteLink(TRACKER, TALK, BOB)).toBe(false);
      expect(await store.listLinksForEntity(TRACKER)).toEqual([]);
      expect(
        (await store.auditTrail(link.id)).map(e => [e.action, e.actor]),
      ).toEqual([
        ['link.create', ALICE],
        ['link.delete', BOB],
      ]);
    });

    it('never stores a duplicate link under concurrent writes', async () => {
      const store = await createStore(databaseId);
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          store.createLink({
            entityRef: TRACKER,
            talkRef: TALK,
            actor: `user:default/u${i}`,
          }),
        ),
      );
      expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
      const rejections = results.flatMap(r =>
        r.status === 'rejected' ? [r.reason] : [],
      );
      expect(rejections).toHaveLength(19);
      expect(rejections.every(e => e instanceof ConflictError)).toBe(true);
      expect(await store.listLinksForEntity(TRACKER)).toHaveLength(1);
    });

    it('creates, lists, changes and deletes learnings', async () => {
      const store = await createStore(databaseId);
      const first = await store.createLearning({
        talkRef: TALK,
        body: '**ApplicationSets** beat app-of-apps beyond a few hundred apps.',
        technologyRefs: ['technology:default/argo'],
        actor: ALICE,
      });
      await new Promise(resolve => setTimeout(resolve, 5));
      const second = await store.createLearning({
        talkRef: 'talk:default/other',
        body: 'Shard the application controller.',
        technologyRefs: [],
        actor: BOB,
      });
      expect(first).toEqual({
        id: expect.any(String),
        talkRef: TALK,
        body: '**ApplicationSets** beat app-of-apps beyond a few hundred apps.',
        technologyRefs: ['technology:default/argo'],
        createdBy: ALICE,
        createdAt: expect.any(String),
      });
      expect(
        await store.listLearningsForTalk(TALK, { limit: 10, offset: 0 }),
      ).toEqual({ items: [first], totalCount: 1 });
      expect(await store.listLatestLearnings({ limit: 10 })).toEqual({
        items: [second, first],
        totalCount: 2,
      });
      expect(
        await store.listLatestLearnings({ talkRefs: [TALK], limit: 10 }),
      ).toEqual({ items: [first], totalCount: 1 });
      expect(await store.getLearnings([second.id, 'nope', first.id])).toEqual([
        second,
        undefined,
        first,
      ]);

      const changed = await store.updateLearning(
        first.id,
        { body: 'Changed' },
        BOB,
      );
      expect(changed).toEqual({
        ...first,
        body: 'Changed',
        updatedBy: BOB,
        updatedAt: expect.any(String),
      });
      expect(
        await store.updateLearning('missing', { body: 'x' }, BOB),
      ).toBeUndefined();
      expect(await store.deleteLearning(first, ALICE)).toBe(true);
      expect(await store.deleteLearning(first, ALICE)).toBe(false);
      expect(await store.getLearning(first.id)).toBeUndefined();
      expect(
        (await store.auditTrail(first.id)).map(e => [e.action, e.actor]),
      ).toEqual([
        ['learning.create', ALICE],
        ['learning.update', BOB],
        ['learning.delete', ALICE],
      ]);
    });

    it('pages the newest learnings about any of more than a thousand talks in one query', async () => {
      const store = await createStore(databaseId);
      const talkRefs = Array.from(
        { length: 1200 },
        (_, i) => `talk:default/talk-${i}`,
      );
      // Learnings about talks far apart in the list, one not in it, created in order.
      const created: LearningRecord[] = [];
      for (const talkRef of [
        talkRefs[1100],
        talkRefs[3],
        'talk:default/elsewhere',
        talkRefs[600],
        talkRefs[3],
      ]) {
        created.push(
          await store.createLearning({
            talkRef,
            body: `About ${talkRef}`,
            technologyRefs: [],
            actor: ALICE,
          }),
        );
        await new Promise(resolve => setTimeout(resolve, 5));
      }
      const [oldest, second, , fourth, newest] = created;
      expect(
        await store.listLatestLearnings({ talkRefs, limit: 2, offset: 0 }),
      ).toEqual({ items: [newest, fourth], totalCount: 4 });
      expect(
        await store.listLatestLearnings({ talkRefs, limit: 2, offset: 2 }),
      ).toEqual({ items: [second, oldest], totalCount: 4 });
      expect(
        await store.listLatestLearnings({ talkRefs: [], limit: 10 }),
      ).toEqual({ items: [], totalCount: 0 });
    });
  });
});
