#!/usr/bin/env node
/*
 * Builds and packs every publishable package (the workspaces under plugins/ and
 * packages/ that are not private) with `yarn pack`, which runs each package's
 * prepack (`backstage-cli package prepack`), and checks what each tarball holds:
 * built code, types and the files a reader needs (README, CHANGELOG, config
 * schema, migrations, bin), never sources or tests.
 *
 *   node scripts/pack.mjs --out DIR    write DIR/<name>-<version>.tgz for each
 *
 * Prints one line per package and exits non-zero when a package does not build,
 * does not pack, or packs a file it should not. Expects `yarn tsc` to have run
 * (the type declarations are built from dist-types/).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);

/** Paths inside a tarball (after `package/`) that a published package may hold. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^config\.d\.ts$/,
  /^bin\/[\w-]+$/,
  /^dist\/.+\.(js|cjs|mjs|map|d\.ts|json)$/,
  /^migrations\/[\w.-]+\.js$/,
];
const FORBIDDEN_IN_DIST = /(\.test\.|__testUtils__|setupTests)/;

function publishablePackages() {
  return ['plugins', 'packages'].flatMap(folder =>
    readdirSync(join(ROOT, folder))
      .map(name => join(ROOT, folder, name))
      .filter(dir => {
        try {
          return !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
            .private;
        } catch {
          return false;
        }
      }),
  );
}

function run(args, cwd) {
  return execFileSync('yarn', args, { cwd, encoding: 'utf8', stdio: 'pipe' });
}

function unexpectedFiles(tarball) {
  const entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(entry => entry.replace(/^package\//, ''));
  return entries.filter(
    entry =>
      !ALLOWED.some(pattern => pattern.test(entry)) ||
      FORBIDDEN_IN_DIST.test(entry),
  );
}

function main() {
  const outIndex = process.argv.indexOf('--out');
  if (outIndex < 0 || !process.argv[outIndex + 1]) {
    process.stderr.write('usage: node scripts/pack.mjs --out DIR\n');
    return 2;
  }
  const out = resolve(process.argv[outIndex + 1]);
  mkdirSync(out, { recursive: true });
  let failures = 0;
  for (const dir of publishablePackages()) {
    const { name, version } = JSON.parse(
      readFileSync(join(dir, 'package.json'), 'utf8'),
    );
    const tarball = join(
      out,
      `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`,
    );
    try {
      run(['build'], dir);
      run(['pack', '--out', tarball], dir);
    } catch (error) {
      failures += 1;
      process.stdout.write(
        `FAILED ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}\n`,
      );
      continue;
    }
    const unexpected = unexpectedFiles(tarball);
    if (unexpected.length > 0) {
      failures += 1;
      process.stdout.write(
        `FAILED ${name}: the tarball holds ${unexpected.join(', ')}\n`,
      );
      continue;
    }
    process.stdout.write(`packed ${name}@${version} → ${tarball}\n`);
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
