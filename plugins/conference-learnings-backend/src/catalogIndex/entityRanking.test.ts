import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { recordTechnologyUsages } from '@conference-learnings/plugin-conference-learnings-node';
import fc from 'fast-check';
import { findEntity, loadDemoCatalog } from '../__testUtils__/demoCatalog';
import { GENERIC_KUBERNETES_KEYNOTE } from '../__testUtils__/extraTalks';
import {
  linearScanRankTalks,
  naiveRankTalks,
} from '../__testUtils__/baselines';
import { LINK_SCORE } from '../ranking/formula';
import {
  explainTechnologies,
  ScoredTalk,
  topTalks,
} from '../ranking/rankTalks';
import { CatalogIndex } from './CatalogIndex';
import { entityInterests } from './entityInterests';
import { indexEntity } from './indexedEntity';

const EXPEDIA =
  'talk:default/kubecon-india-2024-expedia-gitops-argocd-30k-apps';
const PEPSICO = 'talk:default/kubecon-india-2024-pepsico-app-of-apps';
const LIPSTICK =
  'talk:default/kubecon-eu-2024-lipstick-is-exactly-what-a-pig-needs';
const KEYNOTE = stringifyEntityRef(GENERIC_KUBERNETES_KEYNOTE);
const GENERIC_KUBERNETES_TALKS = [
  KEYNOTE,
  'talk:default/kubecon-india-2024-building-resilient-kubernetes-clusters',
  'talk:default/kubecon-india-2024-securing-kubernetes-clusters',
  'talk:default/kubecon-eu-2024-why-kubernetes-is-inappropriate-for-platforms',
];

function indexOf(entities: Entity[]): CatalogIndex {
  const of = (kind: string) => entities.filter(e => e.kind === kind);
  return CatalogIndex.build({
    talks: of('Talk'),
    technologies: of('Technology'),
    conferences: of('Conference'),
    entities: entities.filter(
      e => !['Talk', 'Technology', 'Conference', 'Location'].includes(e.kind),
    ),
  });
}

describe('topTalks on the demo catalog', () => {
  let entities: Entity[];
  let index: CatalogIndex;

  beforeAll(async () => {
    entities = await loadDemoCatalog({
      extraEntities: [GENERIC_KUBERNETES_KEYNOTE],
    });
    index = indexOf(entities);
  });

  const ranking = (ref: string, linked: string[] = []) =>
    topTalks(
      index,
      entityInterests(index, indexEntity(findEntity(entities, ref))),
      linked.map(talk => index.getTalk(talk)!.id),
    ).items.map(r => index.talks[r.talkId].ref);

  const naive = (ref: string) => {
    const technologyRefs = [
      ...entityInterests(index, indexEntity(findEntity(entities, ref))).keys(),
    ].map(id => index.technologies[id].ref);
    return naiveRankTalks(
      index.talks.map(t => ({ summary: t.summary, time: t.time })),
      technologyRefs,
    );
  };

  const before = (list: string[], a: string, b: string) =>
    list.indexOf(a) >= 0 && list.indexOf(a) < list.indexOf(b);

  it('puts the Argo talk above the generic Kubernetes keynote that mentions Argo, for shipment-tracker — the naive ranking does not', () => {
    // shipment-tracker uses Argo (argocd/app-name). The keynote covers Kubernetes
    // (curated) and Argo (detected in passing) and is newer: the naive ranking
    // (shared technologies, then date) puts it first.
    const ours = ranking('component:default/shipment-tracker');
    expect(ours[0]).toBe(EXPEDIA);
    expect(before(ours, EXPEDIA, KEYNOTE)).toBe(true);
    expect(before(ours, PEPSICO, KEYNOTE)).toBe(true);
    expect(naive('component:default/shipment-tracker')[0]).toBe(KEYNOTE);
  });

  it('puts the Argo talk above generic Kubernetes talks for an entity using both — the naive ranking does not', () => {
    // cluster-fleet-config uses Argo, Kyverno, Crossplane and Kubernetes.
    const ours = ranking('component:default/cluster-fleet-config');
    for (const generic of GENERIC_KUBERNETES_TALKS) {
      expect(before(ours, EXPEDIA, generic)).toBe(true);
    }
    const theirs = naive('component:default/cluster-fleet-config');
    expect(
      GENERIC_KUBERNETES_TALKS.some(generic =>
        before(theirs, generic, EXPEDIA),
      ),
    ).toBe(true);
  });

  it('puts an explicitly linked talk above both, even one sharing no technology', () => {
    const ours = ranking('component:default/shipment-tracker', [LIPSTICK]);
    expect(ours.slice(0, 2)).toEqual([LIPSTICK, EXPEDIA]);
    const ranked = topTalks(
      index,
      entityInterests(
        index,
        indexEntity(findEntity(entities, 'component:default/shipment-tracker')),
      ),
      [index.getTalk(LIPSTICK)!.id, index.getTalk(KEYNOTE)!.id],
    ).items;
    expect(ranked.slice(0, 2).map(r => index.talks[r.talkId].ref)).toEqual([
      KEYNOTE, // linked and relevant beats linked only
      LIPSTICK,
    ]);
    expect(ranked[1].score).toBe(LINK_SCORE);
    expect(ranked.filter(r => r.score >= LINK_SCORE)).toHaveLength(2);
  });

  it('explains each technology: how the entity uses it and how the talk covers it', () => {
    const entity = findEntity(
      entities,
      'component:default/cluster-fleet-config',
    );
    const interests = entityInterests(index, indexEntity(entity));
    const reasons = explainTechnologies(
      index,
      interests,
      index.getTalk('talk:default/kubecon-india-2024-security-and-compliance')!
        .id,
    );
    expect(
      reasons.map(r => [r.technologyRef, r.coverage, r.usedBy[0].reasons]),
    ).toEqual([
      [
        'technology:default/kyverno',
        'curated',
        [
          {
            type: 'explicit',
            annotation: 'conference-learnings.io/technologies',
            value: 'Kyverno',
          },
        ],
      ],
      [
        'technology:default/kubernetes',
        'detected',
        [{ type: 'tag', tag: 'k8s' }],
      ],
    ]);
    expect(reasons[0].contribution).toBeGreaterThan(reasons[1].contribution);
    expect(reasons[0].weight).toBeGreaterThan(reasons[1].weight);
  });

  it('gives the same order as the formula computed by a linear scan', () => {
    const usingEntities = entities
      .filter(e =>
        ['component', 'api', 'resource', 'system'].includes(
          e.kind.toLowerCase(),
        ),
      )
      .map(e => ({
        technologyRefs: index
          .usagesOf(indexEntity(e))
          .map(u => index.technologies[u.technologyId].ref),
      }));
    const refOf = (talkId: number) => index.talks[talkId].ref;
    const technologyRefOf = (technologyId: number) =>
      index.technologies[technologyId].ref;
    for (const ref of [
      'component:default/shipment-tracker',
      'component:default/cluster-fleet-config',
      'system:default/shipment-tracking',
      'group:default/platform-engineering',
      'user:default/guest',
      'technology:default/kubernetes',
    ]) {
      const interests = entityInterests(
        index,
        indexEntity(findEntity(entities, ref)),
      );
      const strengths = new Map(
        [...interests.values()].map(i => [
          technologyRefOf(i.technologyId),
          i.strength,
        ]),
      );
      const scan = linearScanRankTalks(
        index.talks.map(t => ({ summary: t.summary, time: t.time })),
        usingEntities,
        strengths,
      );
      const { items: ours } = topTalks(index, interests);
      expect(ours.map(r => refOf(r.talkId))).toEqual(scan.map(s => s.ref));
      ours.forEach((r, i) => expect(r.score).toBeCloseTo(scan[i].score, 9));
    }
  });
});

describe('topTalks properties', () => {
  const technologyNames = ['argo', 'kubernetes', 'helm', 'kafka', 'istio'];

  /** A random catalog: talks covering random technologies, one component using some. */
  const catalogs = fc.record({
    talks: fc.array(
      fc.record({
        curated: fc.subarray(technologyNames),
        detected: fc.subarray(technologyNames),
        year: fc.integer({ min: 2015, max: 2025 }),
        type: fc.constantFrom('keynote', 'session', 'panel', undefined),
      }),
      { minLength: 1, maxLength: 30 },
    ),
    uses: fc.subarray(technologyNames, { minLength: 1 }),
    linked: fc.array(fc.nat(), { maxLength: 3 }),
  });

  type Catalog = typeof catalogs extends fc.Arbitrary<infer T> ? T : never;

  function build(catalog: Catalog) {
    const technologies = technologyNames.map(name => ({
      apiVersion: 'conference-learnings.io/v1alpha1',
      kind: 'Technology',
      metadata: { name, namespace: 'default' },
      spec: {},
    }));
    const talks = catalog.talks.map((t, i) => ({
      apiVersion: 'conference-learnings.io/v1alpha1',
      kind: 'Talk',
      metadata: { name: `talk-${i}`, namespace: 'default', title: `Talk ${i}` },
      spec: {
        conference: 'c',
        startsAt: `${t.year}-05-01T10:00:00Z`,
        ...(t.type ? { type: t.type } : {}),
        technologies: t.curated,
      },
      relations: [...t.curated, ...t.detected].map(name => ({
        type: 'coversTechnology',
        targetRef: `technology:default/${name}`,
      })),
    }));
    // As the catalog module records the annotation's technologies.
    const component = recordTechnologyUsages(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'service', namespace: 'default' },
        spec: {},
      },
      catalog.uses.map(name => ({
        technologyRef: `technology:default/${name}`,
        reasons: [
          {
            type: 'explicit',
            annotation: 'conference-learnings.io/technologies',
            value: name,
          },
        ],
      })),
    );
    const index = CatalogIndex.build({
      talks,
      technologies,
      conferences: [],
      entities: [component],
    });
    return { index, component };
  }

  it('ranks linked talks first, then only talks sharing a technology, by non-increasing score', () => {
    fc.assert(
      fc.property(catalogs, catalog => {
        const { index, component } = build(catalog);
        const linked = [
          ...new Set<number>(catalog.linked.map(n => n % index.talks.length)),
        ];
        const interests = entityInterests(index, indexEntity(component));
        const { items: ranked } = topTalks(index, interests, linked);
        const isLinked = (r: ScoredTalk) => linked.includes(r.talkId);
        expect(
          ranked
            .filter(isLinked)
            .map(r => r.talkId)
            .sort(),
        ).toEqual([...linked].sort());
        // Linked first, and scores never increase within each tier.
        const outOfOrder = ranked.filter(
          (r, i) =>
            i > 0 &&
            (Number(isLinked(r)) > Number(isLinked(ranked[i - 1])) ||
              (isLinked(r) === isLinked(ranked[i - 1]) &&
                r.score > ranked[i - 1].score)),
        );
        expect(outOfOrder).toEqual([]);
        for (const r of ranked.filter(x => !isLinked(x))) {
          expect(r.score).toBeGreaterThan(0);
          expect(
            index.talks[r.talkId].technologyIds.some(id => interests.has(id)),
          ).toBe(true);
        }
        const sharing = index.talks.filter(t =>
          t.technologyIds.some(id => interests.has(id)),
        ).length;
        expect(
          ranked.filter(r => !isLinked(r) || r.score > LINK_SCORE),
        ).toHaveLength(sharing);
      }),
    );
  });

  it('scores a talk higher when a technology it covers is curated rather than only detected', () => {
    fc.assert(
      fc.property(catalogs, fc.nat(), (catalog, pick) => {
        const talkIndex = pick % catalog.talks.length;
        const talk = catalog.talks[talkIndex];
        const promotable = talk.detected.filter(
          name => !talk.curated.includes(name) && catalog.uses.includes(name),
        );
        fc.pre(promotable.length > 0);
        const promoted = {
          ...catalog,
          talks: catalog.talks.map((t, i) =>
            i === talkIndex
              ? { ...t, curated: [...t.curated, promotable[0]] }
              : t,
          ),
        };
        const scoreOf = (c: Catalog) => {
          const { index, component } = build(c);
          const { items: ranked } = topTalks(
            index,
            entityInterests(index, indexEntity(component)),
          );
          return ranked.find(
            r => index.talks[r.talkId].ref === `talk:default/talk-${talkIndex}`,
          )!.score;
        };
        expect(scoreOf(promoted)).toBeGreaterThan(scoreOf(catalog));
      }),
    );
  });
});
