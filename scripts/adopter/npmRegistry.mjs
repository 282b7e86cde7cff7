#!/usr/bin/env node
/*
 * A loopback npm registry for the adopter test: it serves the tarballs that
 * scripts/pack.mjs wrote, speaking the registry protocol Yarn uses (a packument
 * per package name, then the tarball it points to), so that the README's
 * `yarn add @conference-learnings/…` runs as written in a new app. Every other
 * scope still comes from the configured registry.
 *
 *   node scripts/adopter/npmRegistry.mjs --packs DIR --port-file FILE
 *
 * Listens on 127.0.0.1 at a free port, writes the port to FILE, serves until killed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

function argument(name) {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  if (!value) {
    process.stderr.write(
      'usage: npmRegistry.mjs --packs DIR --port-file FILE\n',
    );
    process.exit(2);
  }
  return value;
}

/** name → { version, manifest, file, bytes } for every tarball in the folder. */
function readPacks(folder) {
  const packs = new Map();
  for (const file of readdirSync(folder).filter(f => f.endsWith('.tgz'))) {
    const path = join(folder, file);
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', path, 'package/package.json'], {
        encoding: 'utf8',
      }),
    );
    packs.set(manifest.name, { manifest, file, bytes: readFileSync(path) });
  }
  return packs;
}

function packument(pack, baseUrl) {
  const { manifest, file, bytes } = pack;
  const published = new Date().toISOString();
  return {
    name: manifest.name,
    'dist-tags': { latest: manifest.version },
    time: {
      created: published,
      modified: published,
      [manifest.version]: published,
    },
    versions: {
      [manifest.version]: {
        ...manifest,
        dist: {
          tarball: `${baseUrl}/-/${file}`,
          shasum: createHash('sha1').update(bytes).digest('hex'),
          integrity: `sha512-${createHash('sha512')
            .update(bytes)
            .digest('base64')}`,
        },
      },
    },
  };
}

const packs = readPacks(argument('--packs'));
const byFile = new Map([...packs.values()].map(pack => [pack.file, pack]));
const server = createServer((request, response) => {
  const { port } = server.address();
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const tarball = path.startsWith('/-/')
    ? byFile.get(path.slice(3))
    : undefined;
  const pack = packs.get(path.slice(1));
  if (tarball) {
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    response.end(tarball.bytes);
  } else if (pack) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(packument(pack, `http://127.0.0.1:${port}`)));
  } else {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'Not found' }));
  }
});
server.listen(0, '127.0.0.1', () => {
  writeFileSync(argument('--port-file'), String(server.address().port));
  process.stdout.write(
    `serving ${[...packs.keys()].join(', ')} on port ${
      server.address().port
    }\n`,
  );
});
