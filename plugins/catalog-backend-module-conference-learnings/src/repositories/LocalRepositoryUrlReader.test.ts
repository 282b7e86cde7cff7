import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { ConfigReader } from '@backstage/config';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LocalRepositoryUrlReader } from './localRepositoryUrlReader';

describe('LocalRepositoryUrlReader', () => {
  const base = mkdtempSync(join(tmpdir(), 'local-reader-'));
  const allowed = join(base, 'repositories');
  const outside = join(base, 'secrets');
  mkdirSync(join(allowed, 'svc', 'deploy'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(allowed, 'svc', 'go.mod'), 'module example.com/svc\n');
  writeFileSync(
    join(allowed, 'svc', 'deploy', 'values.yaml'),
    'image: redis\n',
  );
  writeFileSync(join(outside, 'go.mod'), 'module secret\n');
  symlinkSync(
    join(outside, 'go.mod'),
    join(allowed, 'svc', 'deploy', 'go.mod'),
  );
  symlinkSync(outside, join(allowed, 'linked'));

  const reader = UrlReaders.create({
    config: new ConfigReader({
      conferenceLearnings: { repositories: { localDirectories: [allowed] } },
    }),
    logger: mockServices.logger.mock(),
    factories: [LocalRepositoryUrlReader.factory],
  });
  const url = (path: string) => `${pathToFileURL(path).href}/`;

  it('reads a tree inside the allowed folders, with the filter, never following links', async () => {
    const tree = await reader.readTree(url(join(allowed, 'svc')), {
      filter: path => path.endsWith('.mod') || path.endsWith('.yaml'),
    });
    const files = await tree.files();
    expect(files.map(f => f.path).sort()).toEqual([
      'deploy/values.yaml',
      'go.mod',
    ]);
    expect(
      (await files.find(f => f.path === 'go.mod')!.content()).toString(),
    ).toBe('module example.com/svc\n');
    await expect(
      reader.readTree(url(join(allowed, 'svc')), { etag: tree.etag }),
    ).rejects.toMatchObject({ name: 'NotModifiedError' });
  });

  it.each([
    ['a folder outside', () => url(outside)],
    [
      'a path that climbs out',
      () => `${pathToFileURL(allowed).href}/svc/../../secrets/`,
    ],
    ['a link out of the allowed folder', () => url(join(allowed, 'linked'))],
  ])('refuses %s', async (_, target) => {
    await expect(reader.readTree(target())).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
  });

  it('is not there at all without configured folders', async () => {
    const none = UrlReaders.create({
      config: new ConfigReader({}),
      logger: mockServices.logger.mock(),
      factories: [LocalRepositoryUrlReader.factory],
    });
    await expect(() => none.readTree(url(allowed))).rejects.toThrow(
      /not allowed|Reading from/,
    );
  });
});
