/* eslint-disable no-script-url -- hostile input on purpose: links that must be refused */
import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { parse } from 'yaml';
import { technologyCatalogOf } from '../technologies/TechnologyIndex';
import { ConferenceLearningsEntitiesProcessor } from './ConferenceLearningsEntitiesProcessor';
import { TalkTechnologyProcessor } from './TalkTechnologyProcessor';

/** The catalog's own checks, which run before the processors validate the kind. */
const catalogPolicy = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
]);
const processor = new ConferenceLearningsEntitiesProcessor();

/**
 * What the catalog makes of a hand-written entity: the policies, then the module's
 * validation of the kind. Resolves to the entity or rejects with the catalog's error.
 */
async function catalogValidation(entity: Entity): Promise<Entity> {
  const enforced = (await catalogPolicy.enforce(entity))!;
  // throws the module's InputError for an invalid Talk, Technology or Conference
  expect(await processor.validateEntityKind(enforced)).toBe(true);
  return enforced;
}

const TALK = `
apiVersion: conference-learnings.io/v1alpha1
kind: Talk
metadata:
  name: x
  title: Argo CD at scale
spec:
  conference: kubecon-eu-2024
  speakers:
    - name: Ana Example
`;
const TECHNOLOGY = `
apiVersion: conference-learnings.io/v1alpha1
kind: Technology
metadata:
  name: x
  title: Argo
spec:
  maturity: graduated
`;
const CONFERENCE = `
apiVersion: conference-learnings.io/v1alpha1
kind: Conference
metadata:
  name: x
  title: KubeCon EU 2024
spec:
  startDate: '2024-03-19'
  endDate: '2024-03-22'
`;

/** The YAML as an entity, with `path` set to `value`. */
function entityWith(yaml: string, path: string, value: unknown): Entity {
  const entity = parse(yaml) as Record<string, any>;
  const keys = path.split('.');
  let node: Record<string, any> = entity;
  for (const key of keys.slice(0, -1)) {
    node = node[/^\d+$/.test(key) ? Number(key) : key];
  }
  node[keys[keys.length - 1]] = value;
  return entity as Entity;
}

/** 10,000 levels of `{a: {a: …}}`. */
const deeplyNested = (() => {
  let value: unknown = 'Argo';
  for (let i = 0; i < 10_000; i++) value = { a: value };
  return value;
})();

const MB = 1_000_000;
const HTTP_URL = 'must be an http(s) URL';
const TEXT = 'must be a non-empty string of at most 1000 characters';

/** A value as a test title shows it: short, also when deeply nested. */
function show(value: unknown): string {
  if (value === deeplyNested) return '10,000 nested objects';
  const text = JSON.stringify(value);
  return text.length > 40
    ? `${text.slice(0, 30)}… (${text.length} chars)`
    : text;
}

describe('hostile input: catalog YAML', () => {
  it.each(
    (
      [
        // URLs that must never become links
        [
          TALK,
          'spec.video',
          'javascript:alert(document.cookie)',
          `spec.video ${HTTP_URL}`,
        ],
        [TALK, 'spec.video', ' JaVaScRiPt:alert(1)', `spec.video ${HTTP_URL}`],
        [
          TALK,
          'spec.slides',
          'data:text/html;base64,PHNjcmlwdD4=',
          `spec.slides ${HTTP_URL}`,
        ],
        [TALK, 'spec.schedule', '/talks/x', `spec.schedule ${HTTP_URL}`],
        [
          TALK,
          'spec.schedule',
          '//evil.example/x',
          `spec.schedule ${HTTP_URL}`,
        ],
        [
          TALK,
          'spec.speakers.0.url',
          'mailto:ana@example.com',
          `spec.speakers[0].url ${HTTP_URL}`,
        ],
        [
          TECHNOLOGY,
          'spec.homepage',
          'javascript:void(0)',
          `spec.homepage ${HTTP_URL}`,
        ],
        [
          TECHNOLOGY,
          'spec.repository',
          'data:,x',
          `spec.repository ${HTTP_URL}`,
        ],
        [CONFERENCE, 'spec.url', 'events/kubecon', `spec.url ${HTTP_URL}`],
        [
          TALK,
          'spec.video',
          `https://example.com/${'a'.repeat(2048)}`,
          `spec.video ${HTTP_URL}`,
        ],
        // wrong types
        [TALK, 'spec.video', 42, `spec.video ${HTTP_URL}`],
        [TALK, 'metadata.title', 42, `metadata.title ${TEXT}`],
        [TALK, 'metadata.title', null, `metadata.title ${TEXT}`],
        [TALK, 'spec.speakers', 'Ana Example', 'spec.speakers must be array'],
        [
          TALK,
          'spec.speakers.0.name',
          ['Ana'],
          `spec.speakers[0].name ${TEXT}`,
        ],
        [
          TALK,
          'spec.technologies',
          { argo: true },
          'spec.technologies must be array',
        ],
        [
          TALK,
          'spec.startsAt',
          1711000000,
          'spec.startsAt must be an ISO 8601 date-time',
        ],
        [TALK, 'spec.onclick', 'alert(1)', 'spec.onclick is not a known field'],
        [TECHNOLOGY, 'spec.aliases', 'Argo CD', 'spec.aliases must be array'],
        [
          CONFERENCE,
          'spec.startDate',
          20240319,
          'spec.startDate must be an ISO 8601 date',
        ],
        // nested objects where strings are expected
        [TALK, 'spec.conference', deeplyNested, `spec.conference ${TEXT}`],
        [
          TALK,
          'spec.track',
          { name: { text: 'GitOps' } },
          `spec.track ${TEXT}`,
        ],
        [TECHNOLOGY, 'spec.category', deeplyNested, `spec.category ${TEXT}`],
        [CONFERENCE, 'spec.location', ['Paris'], `spec.location ${TEXT}`],
        // 1 MB
        [TALK, 'metadata.title', 'x'.repeat(MB), `metadata.title ${TEXT}`],
        [
          TECHNOLOGY,
          'spec.aliases',
          ['x'.repeat(MB)],
          `spec.aliases[0] ${TEXT}`,
        ],
        // refs the catalog could not relate
        [
          TALK,
          'spec.conference',
          'conference:',
          'spec.conference must be the ref of a Conference',
        ],
        [
          TALK,
          'spec.conference',
          'default/../..',
          'spec.conference must be the ref of a Conference',
        ],
        [
          TALK,
          'spec.conference',
          'component:default/kubecon-eu-2024',
          'spec.conference must be the ref of a Conference',
        ],
        [
          TALK,
          'spec.conference',
          'a:b:c',
          'spec.conference must be the ref of a Conference',
        ],
      ] as Array<[string, string, unknown, string]>
    ).map(([yaml, path, value, problem]) => ({
      kind: (parse(yaml) as Entity).kind,
      yaml,
      path,
      value,
      shown: show(value),
      problem,
    })),
  )(
    'rejects a $kind with $path = $shown, naming the entity and the field',
    async ({ kind, yaml, path, value, problem }) => {
      // the module's validation itself: for some of these the catalog's own
      // policies fail first (`Malformed envelope, /metadata/title must be string`),
      // and for 10,000 levels of nesting Backstage's DefaultNamespaceEntityPolicy
      // overflows the stack (lodash cloneDeep)
      const error = await processor
        .validateEntityKind(entityWith(yaml, path, value))
        .then(
          () => undefined,
          e => e as Error,
        );
      expect(error?.name).toBe('InputError');
      expect(error?.message).toContain(`${kind} default/x: ${problem}`);
      // one line, and never the huge value itself
      expect(error!.message.length).toBeLessThan(1000);
    },
  );

  it.each([
    ['../x'],
    ['a/b'],
    ['a:b'],
    ['日本語'],
    ['🚀'],
    ['x'.repeat(300)],
    [''],
  ])(
    'rejects the entity name %j through the catalog policy, naming metadata.name',
    async name => {
      const error = await catalogValidation(
        entityWith(TALK, 'metadata.name', name),
      ).then(
        () => undefined,
        e => e as Error,
      );
      expect(error?.message).toMatch(/metadata[./]name/);
    },
  );

  it.each([
    [
      'HTML and <script> in the title',
      'metadata.title',
      '<b>Argo</b> <script>alert(1)</script><img src=x onerror=alert(1)>',
    ],
    [
      'HTML in the abstract',
      'metadata.description',
      '<p>Hi</p><iframe src="javascript:alert(1)"></iframe>',
    ],
    ['a javascript: URL in the title', 'metadata.title', 'javascript:alert(1)'],
    ['HTML in a speaker name', 'spec.speakers.0.name', '<a href=x>Eve</a>'],
    ['emoji and right-to-left text', 'metadata.title', '🚀 \u202eelif.exe'],
    [
      'an upper-case conference ref',
      'spec.conference',
      'Conference:Default/KubeCon-EU-2024',
    ],
    [
      'a 1 MB abstract (the catalog sets no limit)',
      'metadata.description',
      'x'.repeat(MB),
    ],
  ])('accepts %s as text, unchanged', async (_label, path, value) => {
    const entity = await catalogValidation(entityWith(TALK, path, value));
    expect(JSON.stringify(entity)).toContain(JSON.stringify(value));
  });

  it('relates a talk with a 1 MB abstract to its technologies in time', async () => {
    const talk = await catalogValidation(
      entityWith(
        TALK,
        'metadata.description',
        `We run Argo and Helm. ${'Sentence after sentence, word after word. '.repeat(
          MB / 42,
        )}`,
      ),
    );
    const results: CatalogProcessorResult[] = [];
    const started = Date.now();
    await new TalkTechnologyProcessor(() =>
      technologyCatalogOf([
        { ref: 'technology:default/argo', name: 'argo', title: 'Argo' },
        { ref: 'technology:default/helm', name: 'helm', title: 'Helm' },
      ]),
    ).postProcessEntity(talk, { type: 'file', target: 'talks.yaml' }, r =>
      results.push(r),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(
      results.flatMap(r =>
        r.type === 'relation' && r.relation.type === 'coversTechnology'
          ? [r.relation.target.name]
          : [],
      ),
    ).toEqual(['argo', 'helm']);
  });
});
