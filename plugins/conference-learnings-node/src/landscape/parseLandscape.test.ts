import fs from 'node:fs';
import path from 'node:path';
import { createTechnologyMatcher } from '../detection/createTechnologyMatcher';
import { nameTokens, tokenize } from '../detection/tokenize';
import { parseLandscape } from './parseLandscape';

const LANDSCAPE = path.resolve(
  __dirname,
  '../../../../../shared/data/cncf-landscape.yml',
);

function readLandscape(): string {
  if (!fs.existsSync(LANDSCAPE)) {
    throw new Error(
      `Missing test data file ${LANDSCAPE} (see ../shared/data/README.md)`,
    );
  }
  return fs.readFileSync(LANDSCAPE, 'utf8');
}

describe('parseLandscape', () => {
  const yaml = readLandscape();
  const technologies = parseLandscape(yaml);

  it('gives one descriptor per technology of the real landscape, with unique refs', () => {
    expect(technologies.length).toBeGreaterThanOrEqual(1400);
    expect(new Set(technologies.map(t => t.ref)).size).toBe(
      technologies.length,
    );
  });

  it('names entities after the item', () => {
    expect(technologies).toContainEqual(
      expect.objectContaining({
        name: 'Open Policy Agent (OPA)',
        ref: 'technology:default/open-policy-agent-opa',
      }),
    );
  });

  it('reports a project listed twice once', () => {
    const flink = technologies.filter(t => /flink/i.test(t.name));
    expect(flink).toEqual([
      expect.objectContaining({
        ref: 'technology:default/flink',
        name: 'Flink',
        aliases: ['Apache Flink'],
      }),
    ]);
    expect(
      technologies.filter(t => t.ref === 'technology:default/envoy'),
    ).toHaveLength(1);
  });

  it('leaves out organisations and certifications', () => {
    const records = technologies;
    expect(
      records.some(t => ['CNCF Members', 'Special'].includes(t.category)),
    ).toBe(false);
    expect(records.find(t => t.name === 'Kubernetes')).toMatchObject({
      entityName: 'kubernetes',
      category: 'Orchestration & Management',
      subcategory: 'Scheduling & Orchestration',
      maturity: 'graduated',
      homepage: 'https://kubernetes.io/',
      repository: 'https://github.com/kubernetes/kubernetes',
    });
  });

  it('has names that split the same way as texts', () => {
    for (const name of technologies.flatMap(t => [
      t.name,
      ...(t.aliases ?? []),
    ])) {
      const tokens = tokenize(name);
      expect(nameTokens(name)).toEqual(
        Array.from(tokens.starts, (_, i) => tokens.key(i)),
      );
    }
  });

  it('rejects what is not a landscape', () => {
    expect(() => parseLandscape('items: []')).toThrow(
      'no top-level "landscape" list',
    );
    expect(() =>
      parseLandscape('landscape:\n  - name: Runtime\n    subcategories: 3\n'),
    ).toThrow('the subcategories of Runtime is not a list');
  });

  it('keeps only CNCF projects or given categories when asked', () => {
    const projects = parseLandscape(yaml, { onlyCncfProjects: true });
    expect(projects.length).toBeGreaterThan(100);
    expect(projects.every(t => t.maturity)).toBe(true);
    const provisioning = parseLandscape(yaml, { categories: ['Provisioning'] });
    expect(provisioning.length).toBeGreaterThan(10);
    expect(provisioning.every(t => t.category === 'Provisioning')).toBe(true);
  });

  it('builds a matcher that finds landscape technologies by their aliases', () => {
    const matcher = createTechnologyMatcher(technologies);
    const refs = (text: string) => matcher.match(text).map(m => m.ref);
    expect(refs('Progressive delivery with Argo Rollouts and OTel')).toEqual([
      'technology:default/argo',
      'technology:default/opentelemetry',
    ]);
    expect(refs('Admission control with Gatekeeper on EKS')).toEqual([
      'technology:default/open-policy-agent-opa',
      'technology:default/amazon-elastic-container-service-for-kubernetes-eks',
    ]);
    expect(refs('Streaming with Apache Flink and Flink SQL')).toEqual([
      'technology:default/flink',
    ]);
  });
});
