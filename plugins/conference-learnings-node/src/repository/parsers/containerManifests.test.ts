import { briefMention as brief } from '../__testUtils__/briefMention';
import {
  composeVariantScopes,
  parseCompose,
  parseDockerfile,
} from './containerManifests';

describe('parseDockerfile', () => {
  it('reports the shipped base image, build stages as toolchains, and installed packages at their line', () => {
    const found = parseDockerfile({
      path: 'Dockerfile',
      content: `ARG GO_IMAGE=golang:1.22
FROM \${GO_IMAGE} AS build
RUN apt-get update && apt-get install -y libpq-dev
FROM debian:12-slim
# the web server
RUN apt-get -y install --no-install-recommends \\
      nginx-extras \\
      php8.2-mysql=8.2.7-1 \\
    && pip install --no-cache "psycopg[c]>=3" -r requirements.txt
`,
    }).map(brief);
    expect(found).toEqual([
      'build-image golang @2 runtime',
      'os-package libpq-dev @3 dev',
      'image debian @4 runtime',
      'os-package nginx-extras @7 runtime',
      'php-extension mysql @8 runtime',
      'pypi psycopg @9 runtime',
      'pypi psycopg[c] @9 runtime',
    ]);
  });

  it('puts a release a step downloads at its own line, before the packages it installs', () => {
    const found = parseDockerfile({
      path: 'Dockerfile',
      content: `FROM debian:12
RUN curl -sL https://github.com/open-telemetry/opentelemetry-collector-releases/releases/download/v0.100.0/otelcol.tar.gz | tar xz \\
 && apt-get update \\
 && apt-get install -y \\
    nginx
`,
    }).map(brief);
    expect(found).toContain(
      'release-download open-telemetry/opentelemetry-collector-releases @2 runtime',
    );
    expect(found).toContain('os-package nginx @5 runtime');
  });

  it('reports the build tools that build the service and the releases it downloads', () => {
    const found = parseDockerfile({
      path: 'Dockerfile',
      content: `FROM rust:1.80 AS build
RUN cargo build --release
FROM debian:12
ADD https://github.com/open-telemetry/opentelemetry-java-instrumentation/releases/download/v2.0.0/opentelemetry-javaagent.jar /agent.jar
`,
    }).map(brief);
    expect(found).toEqual([
      'build-image rust @1 runtime',
      'build-command cargo build @2 runtime',
      'image debian @3 runtime',
      'release-download open-telemetry/opentelemetry-java-instrumentation @4 runtime',
    ]);
  });

  it('follows a final stage back to the image it starts from', () => {
    const found = parseDockerfile({
      path: 'Dockerfile',
      content: 'FROM redis:7 AS base\nFROM base AS final\nRUN apk add curl\n',
    }).map(brief);
    expect(found).toEqual([
      'image redis @1 runtime',
      'os-package curl @3 runtime',
    ]);
  });

  it('takes the scope of a Dockerfile named for debugging or tests', () => {
    const found = parseDockerfile({
      path: 'src/Dockerfile.debug',
      content: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\n',
    }).map(brief);
    expect(found).toEqual(['image mcr.microsoft.com/dotnet/aspnet @1 dev']);
  });
});

describe('parseCompose', () => {
  it('reports Docker Compose, service images and the images builds start from', () => {
    const found = parseCompose({
      path: 'docker-compose.yml',
      content: `x-defaults: &defaults
  restart: unless-stopped
services:
  redis:
    <<: *defaults
    image: valkey/valkey:8
  clickhouse:
    build:
      context: ./clickhouse
      args:
        BASE_IMAGE: "altinity/clickhouse-server:25.8"
`,
    }).map(brief);
    expect(found).toEqual([
      'tool Docker Compose @1 runtime',
      'image valkey/valkey @6 runtime',
      'image altinity/clickhouse-server @11 runtime',
    ]);
  });

  it('reads the default of an image variable', () => {
    const found = parseCompose({
      path: 'compose.yaml',
      content:
        'services:\n  db:\n    image: ${DB_IMAGE:-postgres:16}\n  app:\n    image: ${APP_IMAGE}\n',
    }).map(brief);
    expect(found).toEqual([
      'tool Docker Compose @1 runtime',
      'image postgres @3 runtime',
    ]);
  });

  it('is for development when it says so, or sets up a development database', () => {
    const notForProduction = parseCompose({
      path: 'compose.yaml',
      content:
        '## FOR DEVELOPMENT ONLY, DO NOT USE IN PRODUCTION\nservices:\n  db:\n    image: mysql:8\n',
    });
    const developmentDatabase = parseCompose({
      path: 'docker-compose.yml',
      content:
        'services:\n  db:\n    image: postgres:15\n    environment:\n      POSTGRES_DB: shop_dev\n',
    });
    expect(
      [...notForProduction, ...developmentDatabase].map(m => m.scope),
    ).toEqual(['dev', 'dev', 'dev', 'dev']);
  });

  it('gives a variant the scope of the Compose file it extends', () => {
    const scopes = composeVariantScopes([
      {
        path: 'docker-compose.yml',
        content: '# for local development only\nservices: {}\n',
      },
      { path: 'docker-compose.minio.yml', content: 'services: {}\n' },
      { path: 'deploy/docker-compose.traefik.yml', content: 'services: {}\n' },
    ]);
    expect([...scopes]).toEqual([['docker-compose.minio.yml', 'dev']]);
  });

  it('reads a "billion laughs" file at once: an alias is its anchor, never a copy', () => {
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map(
          (name, i) =>
            `${name}: &${name} [${Array(9)
              .fill(`*${'abcdefghij'[i]}`)
              .join(', ')}]`,
        ),
      'services:',
      '  web: { image: "nginx:1.27", labels: *j }',
    ].join('\n');
    const started = Date.now();
    const found = parseCompose({ path: 'compose.yaml', content: laughs });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(found.map(m => `${m.ecosystem} ${m.name}`)).toEqual([
      'tool Docker Compose',
      'image nginx',
    ]);
  });
});
