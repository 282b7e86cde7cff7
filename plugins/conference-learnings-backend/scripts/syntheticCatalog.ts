import { Entity } from '@backstage/catalog-model';
import { recordTechnologyUsages } from '@conference-learnings/plugin-conference-learnings-node';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { CatalogIndexInput } from '../src/catalogIndex/CatalogIndex';

/** A seeded generator of numbers in [0, 1), so every run builds the same catalog. */
export function random(seed: number): () => number {
  const generator = xoroshiro128plus(seed);
  return () =>
    unsafeUniformIntDistribution(0, 2 ** 30 - 1, generator) / 2 ** 30;
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'ze',
  'po',
  'qu',
  'an',
  'el',
  'or',
  'it',
  'ba',
  'de',
  'fu',
  'go',
  'hi',
];
const TYPES = [
  'keynote',
  'session',
  'session',
  'session',
  'panel',
  'lightning',
  'workshop',
  'tutorial',
];
const CATEGORIES = [
  'Runtime',
  'Orchestration & Management',
  'Observability and Analysis',
  'Provisioning',
  'App Definition and Development',
  'Platform',
  'Security',
  'Serverless',
];
const MATURITIES = ['graduated', 'incubating', 'sandbox', undefined];

/** Options of {@link syntheticCatalog}. */
export interface SyntheticCatalogOptions {
  components: number;
  technologies: number;
  talks: number;
  seed?: number;
}

/**
 * A synthetic catalog shaped like a large real one: technology popularity follows
 * a Zipf-like law (a few technologies such as "Kubernetes" are covered by
 * thousands of talks and used by most services, most by a handful), talks cover
 * 1–5 technologies (curated or detected), components use 1–6, belong to systems
 * owned by groups, and users are members of groups.
 */
export function syntheticCatalog(options: SyntheticCatalogOptions): {
  input: CatalogIndexInput;
  vocabulary: string[];
} {
  const rand = random(options.seed ?? 42);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];
  /** Zipf-like: index i drawn with weight ~ 1/(i+1). */
  const zipf = (n: number) =>
    Math.floor(Math.exp(rand() * Math.log(n + 1))) - 1;
  const word = () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () =>
      pick(SYLLABLES),
    ).join('');
  const vocabulary = Array.from({ length: 3000 }, word);
  const sentence = (words: number) =>
    Array.from(
      { length: words },
      () => vocabulary[zipf(vocabulary.length)],
    ).join(' ');

  const technologies: Entity[] = Array.from(
    { length: options.technologies },
    (_, i) => ({
      apiVersion: 'conference-learnings.io/v1alpha1',
      kind: 'Technology',
      metadata: {
        name: `tech-${i}`,
        namespace: 'default',
        title: `Tech${i} ${word()}`,
        description: sentence(12),
      },
      spec: {
        category: pick(CATEGORIES),
        maturity: pick(MATURITIES),
        aliases: [`t${i}`],
      },
    }),
  );
  const techRef = (i: number) => `technology:default/tech-${i}`;

  const conferences: Entity[] = Array.from({ length: 24 }, (_, i) => ({
    apiVersion: 'conference-learnings.io/v1alpha1',
    kind: 'Conference',
    metadata: {
      name: `conf-${i}`,
      namespace: 'default',
      title: `Conference ${i}`,
    },
    spec: {
      startDate: `${2014 + Math.floor(i / 2)}-${i % 2 ? '11' : '04'}-10`,
      endDate: `${2014 + Math.floor(i / 2)}-${i % 2 ? '11' : '04'}-13`,
    },
  }));

  const talks: Entity[] = Array.from({ length: options.talks }, (_, i) => {
    const covered = [
      ...new Set(
        Array.from({ length: 1 + Math.floor(rand() * 5) }, () =>
          zipf(options.technologies),
        ),
      ),
    ];
    const curated = covered.filter(() => rand() < 0.6);
    return {
      apiVersion: 'conference-learnings.io/v1alpha1',
      kind: 'Talk',
      metadata: {
        name: `talk-${i}`,
        namespace: 'default',
        title: `${sentence(4)} with Tech${covered[0]}`,
        description: sentence(40),
      },
      spec: {
        conference: `conf-${Math.floor(rand() * conferences.length)}`,
        type: pick(TYPES),
        track: `Track ${Math.floor(rand() * 12)}`,
        speakers: [{ name: `${word()} ${word()}`, affiliation: word() }],
        technologies: curated.map(techRef),
      },
      relations: covered.map(t => ({
        type: 'coversTechnology',
        targetRef: techRef(t),
      })),
    };
  });

  const groups = Math.max(1, Math.round(options.components / 50));
  const systems = Math.max(1, Math.round(options.components / 10));
  const entities: Entity[] = [];
  for (let g = 0; g < groups; g++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: `group-${g}`, namespace: 'default' },
      spec: { type: 'team', children: [] },
    });
  }
  for (let u = 0; u < groups * 10; u++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: `user-${u}`, namespace: 'default' },
      spec: {},
      relations: [
        { type: 'memberOf', targetRef: `group:default/group-${u % groups}` },
      ],
    });
  }
  for (let s = 0; s < systems; s++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: `system-${s}`, namespace: 'default' },
      spec: { owner: `group-${s % groups}` },
      relations: [
        { type: 'ownedBy', targetRef: `group:default/group-${s % groups}` },
      ],
    });
  }
  for (let c = 0; c < options.components; c++) {
    const uses = [
      ...new Set(
        Array.from({ length: 1 + Math.floor(rand() * 6) }, () =>
          zipf(options.technologies),
        ),
      ),
    ];
    const system = c % systems;
    // As the catalog module leaves it: relations, and the usages recorded.
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `component-${c}`,
        namespace: 'default',
        annotations: {
          'conference-learnings.io/technologies': uses
            .map(u => `tech-${u}`)
            .join(', '),
        },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: `group-${system % groups}`,
      },
      relations: [
        {
          type: 'ownedBy',
          targetRef: `group:default/group-${system % groups}`,
        },
        { type: 'partOf', targetRef: `system:default/system-${system}` },
        ...uses.map(u => ({ type: 'usesTechnology', targetRef: techRef(u) })),
      ],
    };
    entities.push(
      recordTechnologyUsages(
        component,
        uses.map(u => ({
          technologyRef: techRef(u),
          reasons: [
            {
              type: 'explicit',
              annotation: 'conference-learnings.io/technologies',
              value: `tech-${u}`,
            },
          ],
        })),
      ),
    );
  }
  return {
    input: { talks, technologies, conferences, entities },
    vocabulary,
  };
}
