import { analyseRepository, extractMentions } from './analyseRepository';
import { createMentionResolver } from './createMentionResolver';
import { BUILT_IN_REPOSITORY_RULES } from './repositoryRules';
import { RepositoryFile } from './types';

const technology = (title: string, name: string, repository?: string) => ({
  ref: `technology:default/${name}`,
  name,
  title,
  ...(repository ? { repository } : {}),
});

const resolver = createMentionResolver(
  [
    technology('Golang', 'golang'),
    technology('Maven', 'maven'),
    technology('Rust', 'rust'),
    technology('cargo', 'cargo'),
    technology('Micrometer', 'micrometer'),
    technology('Prometheus', 'prometheus'),
    technology('NGINX', 'nginx'),
    technology('Kubernetes', 'kubernetes'),
    technology('Docker Compose', 'docker-compose'),
    technology('PostgreSQL', 'postgresql'),
    technology('Envoy', 'envoy', 'https://github.com/envoyproxy/envoy'),
    technology('Istio', 'istio'),
  ],
  BUILT_IN_REPOSITORY_RULES,
);

const runtime = (files: RepositoryFile[]) =>
  analyseRepository(files, resolver)
    .technologies.filter(t => t.scope === 'runtime')
    .map(t => t.ref.replace('technology:default/', ''));

describe('analyseRepository', () => {
  it('finds every technology a mention names', () => {
    const pom = `<project><dependencies><dependency>
<groupId>io.micrometer</groupId><artifactId>micrometer-registry-prometheus</artifactId>
</dependency></dependencies></project>`;
    expect(runtime([{ path: 'pom.xml', content: pom }])).toEqual([
      'maven',
      'micrometer',
      'prometheus',
    ]);
  });

  it('takes a build stage image for its toolchain only; anything else it names is dev', () => {
    const technologies = analyseRepository(
      [
        {
          path: 'Dockerfile',
          content:
            'FROM rust:1.80 AS build\nFROM envoyproxy/envoy:v1.30 AS proxy\nFROM debian:12\n',
        },
      ],
      resolver,
      { titles: ref => ref.replace('technology:default/', '').toUpperCase() },
    ).technologies.map(t => `${t.name} ${t.scope}`);
    expect(technologies).toEqual([
      'CARGO runtime',
      'RUST runtime',
      'ENVOY dev',
    ]);
  });

  it('counts example deployments, but not example programs or local setups', () => {
    expect(
      runtime([
        {
          path: 'examples/ingress.yaml',
          content:
            'apiVersion: networking.k8s.io/v1\nkind: Ingress\nspec:\n  ingressClassName: nginx\n',
        },
        {
          path: 'examples/docker-compose.yml',
          content: 'services:\n  db:\n    image: postgres:16\n',
        },
        { path: 'examples/client/go.mod', content: 'module x\n\ngo 1.22\n' },
        { path: 'dev/docker-compose.yml', content: 'services: {}\n' },
      ]),
    ).toEqual(['docker-compose', 'kubernetes', 'nginx', 'postgresql']);
  });

  it('leaves out end-to-end test folders', () => {
    expect(
      runtime([
        {
          path: 'playwright/docker-compose.yml',
          content: 'services:\n  db:\n    image: postgres:16\n',
        },
      ]),
    ).toEqual([]);
  });
});

describe('extractMentions on hostile input', () => {
  const within = (ms: number, files: RepositoryFile[]) => {
    const started = Date.now();
    const result = extractMentions(files);
    expect(Date.now() - started).toBeLessThan(ms);
    return result;
  };

  it('skips deeply nested YAML with a reason instead of recursing', () => {
    const deep = `services:\n  a: ${'['.repeat(100_000)}${']'.repeat(
      100_000,
    )}\n`;
    const indented = Array.from(
      { length: 800 },
      (_, i) => `${' '.repeat(i)}k${i}:`,
    ).join('\n');
    const { skipped } = within(2_000, [
      { path: 'docker-compose.yml', content: deep },
      { path: 'Chart.yaml', content: indented },
    ]);
    expect(skipped.map(s => s.reason)).toEqual([
      expect.stringMatching(
        /^not a valid compose file: nested \d+ levels deep/,
      ),
      expect.stringMatching(
        /^not a valid helm-chart file: nested \d+ levels deep/,
      ),
    ]);
  });

  it('reads long lines that nearly match in linear time', () => {
    const spaces = ' '.repeat(200_000);
    const files: RepositoryFile[] = [
      {
        path: 'build.gradle',
        content: `dependencies {\n  id${spaces}x\n  implementation${spaces}\n}`,
      },
      { path: 'Gemfile', content: `group${spaces}x\n` },
      { path: 'go.mod', content: `tool ${'a.'.repeat(100_000)}\n` },
      {
        path: 'Dockerfile',
        content: `FROM x\nRUN apt-get install${spaces}"${'a'.repeat(
          100_000,
        )}\n`,
      },
      {
        path: '.github/workflows/ci.yml',
        content: `run: ${'docker.io'.repeat(50_000)}\n`,
      },
      {
        path: 'docker-compose.yml',
        content: `#${spaces}\nservices:\n  a:\n    environment:\n      X_DB: ${'a_'.repeat(
          50_000,
        )}\n`,
      },
      { path: 'main.tf', content: `resource ${'"a" '.repeat(50_000)}\n` },
      { path: 'values.yaml', content: `${spaces}x\n` },
      {
        path: 'deploy/app.yaml',
        content: `apiVersion: v1\nkind: Pod\n${spaces}x\n`,
      },
      { path: '.github/workflows/b.yml', content: `${spaces}x\n` },
    ];
    const { skipped } = within(3_000, files);
    expect(skipped).toEqual([]);
  });

  it('never throws out of extractMentions for garbage', () => {
    const garbage =
      '\u0000{[<<!DOCTYPE x [<!ENTITY a "b">]>:::\n\t- - ---\n'.repeat(1000);
    const paths = [
      'package.json',
      'pom.xml',
      'app.csproj',
      'Cargo.toml',
      'pyproject.toml',
      'docker-compose.yml',
      'Chart.yaml',
      'kustomization.yaml',
      'deploy/x.yaml',
      'values.yaml',
      'Dockerfile',
      'requirements.txt',
      'Gemfile',
      'go.mod',
      'build.gradle',
      'main.tf',
      '.gitlab-ci.yml',
      '.github/workflows/x.yml',
    ];
    expect(() =>
      within(
        3_000,
        paths.map(path => ({ path, content: garbage })),
      ),
    ).not.toThrow();
  });
});
