#!/usr/bin/env node
/*
 * What the built app (packages/app/dist) ships of Conference Learnings, from its
 * source maps (source-map-explorer): the bytes of minified code that come from
 * the frontend plugin, from -common, and from -node, next to the app's total.
 *
 *   node scripts/frontend-bundle.mjs [--app DIR] [--check]
 *
 * With --check it fails when anything of -node (importers, detection,
 * inference) is in the bundle, or any Node-side engine under another name:
 * a source under src/import/, src/detection/, src/inference/ or src/landscape/
 * of our packages. Build the app first (`yarn workspace app build`).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explore } from 'source-map-explorer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const appDir = args.includes('--app')
  ? args[args.indexOf('--app') + 1]
  : join(root, 'packages/app');
const check = args.includes('--check');

const PACKAGES = {
  'frontend plugin': /plugins\/conference-learnings\/src\//,
  common: /plugins\/conference-learnings-common\/src\//,
  node: /plugins\/conference-learnings-node\/src\//,
};
const ENGINES = /plugins\/conference-learnings[^/]*\/src\/(import|detection|inference|landscape)\//;

async function main() {
  const staticDir = join(appDir, 'dist/static');
  const bundles = readdirSync(staticDir)
    .filter(file => file.endsWith('.js'))
    .filter(file => readdirSync(staticDir).includes(`${file}.map`))
    .map(file => join(staticDir, file));
  const result = await explore(bundles, {
    output: { format: 'json' },
    noBorderChecks: true,
  });
  const bytes = { 'frontend plugin': 0, common: 0, node: 0 };
  let total = 0;
  const engines = new Set();
  for (const bundle of result.bundles) {
    total += bundle.totalBytes;
    for (const [source, { size }] of Object.entries(bundle.files)) {
      for (const [name, pattern] of Object.entries(PACKAGES)) {
        if (pattern.test(source)) bytes[name] += size;
      }
      if (ENGINES.test(source)) engines.add(source.replace(/^.*plugins\//, 'plugins/'));
    }
  }
  const kb = n => `${(n / 1024).toFixed(1)} KiB`;
  const ours = bytes['frontend plugin'] + bytes.common + bytes.node;
  process.stdout.write(
    [
      `App JavaScript: ${kb(total)} in ${bundles.length} files with source maps`,
      `Conference Learnings in it: ${kb(ours)} (frontend plugin ${kb(
        bytes['frontend plugin'],
      )}, common ${kb(bytes.common)}, node ${kb(bytes.node)})`,
      `Node-side engine sources in it: ${engines.size}`,
      ...[...engines].sort().map(source => `  ${source}`),
      '',
    ].join('\n'),
  );
  if (check && (engines.size > 0 || bytes.node > 0)) {
    process.stderr.write(
      'The frontend bundle contains Node-side engine code (importers, detection or inference)\n',
    );
    process.exitCode = 1;
  }
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
