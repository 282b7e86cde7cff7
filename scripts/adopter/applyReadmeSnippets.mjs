#!/usr/bin/env node
/*
 * Applies the README's install snippets, as written, to an app made by
 * @backstage/create-app. Each snippet is the code block that follows a comment
 * `<!-- adopter-test: ID -->` in README.md's install section:
 *
 *   install         shell lines run in the app's root (for the legacy app, its
 *                   folder packages/app-legacy stands for packages/app)
 *   backend         lines added to packages/backend/src/index.ts before backend.start()
 *   local-reader    the same (its imports go to the top of the file)
 *   catalog-rules   YAML merged into the app's app-config.yaml
 *   legacy-app      sections headed `// FILE` for the legacy app's App.tsx,
 *                   EntityPage.tsx, Root.tsx and SearchPage.tsx
 *
 * The new frontend system needs no code: the README says the plugin is discovered
 * when app-config.yaml has `app.packages: all`, which this checks.
 *
 *   node applyReadmeSnippets.mjs --readme README.md --app DIR --variant new|legacy
 *
 * Fails with the snippet and the anchor it could not find, so a README change that
 * an adopter could not follow fails the test.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

function argument(name) {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  if (!value) {
    throw new Error(
      'usage: applyReadmeSnippets.mjs --readme FILE --app DIR --variant new|legacy',
    );
  }
  return value;
}

/** id → code of each marked block of the README. */
function readSnippets(readme) {
  const snippets = new Map();
  const marked = /<!-- adopter-test: ([\w-]+) -->\s*\n```\w*\n([\s\S]*?)\n```/g;
  for (const [, id, code] of readme.matchAll(marked)) snippets.set(id, code);
  return snippets;
}

function snippet(snippets, id) {
  const code = snippets.get(id);
  if (code === undefined) {
    throw new Error(
      `README.md has no block marked <!-- adopter-test: ${id} -->`,
    );
  }
  return code;
}

const isImport = line => /^import\b/.test(line);

/** A snippet's import lines, and the rest (without blank lines). */
function splitImports(code) {
  const lines = code.split('\n');
  return {
    imports: lines.filter(isImport),
    body: lines.filter(line => !isImport(line) && line.trim()).join('\n'),
  };
}

/** Adds import lines after the file's last import. */
function addImports(source, imports) {
  const lastImport = [...source.matchAll(/^import [\s\S]*?;\n/gm)].pop();
  const end = lastImport ? lastImport.index + lastImport[0].length : 0;
  const added = imports
    .filter(line => !source.includes(line))
    .map(line => `${line}\n`)
    .join('');
  return `${source.slice(0, end)}${added}${source.slice(end)}`;
}

/** Inserts code before or after (the line of) an anchor, the first one after `after`. */
function insertAt(source, code, { anchor, where, after }, file) {
  const from = after ? source.indexOf(after) : 0;
  const at = from < 0 ? -1 : source.indexOf(anchor, from);
  if (at < 0) {
    throw new Error(
      `${file} has no "${anchor}"${
        after ? ` after "${after}"` : ''
      } for:\n${code}`,
    );
  }
  const position = where === 'before' ? at : source.indexOf('\n', at) + 1;
  return `${source.slice(0, position)}${code}\n${source.slice(position)}`;
}

/** Applies a snippet: its imports at the top, the rest at each place. */
function applySnippet(source, code, places, file) {
  const { imports, body } = splitImports(code);
  let next = addImports(source, imports);
  if (body)
    for (const place of places) next = insertAt(next, body, place, file);
  return next;
}

function editFile(path, edit) {
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

function runInstall(app, code, variant) {
  const script = code.replace(/\\\n\s*/g, '');
  const lines = script.split('\n').filter(line => line.trim());
  for (const line of lines) {
    const command =
      variant === 'legacy'
        ? line.replace('packages/app ', 'packages/app-legacy ')
        : line;
    process.stdout.write(`$ ${command}\n`);
    execFileSync('bash', ['-c', command], { cwd: app, stdio: 'inherit' });
  }
}

function applyBackend(app, snippets) {
  const index = join(app, 'packages/backend/src/index.ts');
  for (const id of ['backend', 'local-reader']) {
    editFile(index, source =>
      applySnippet(
        source,
        snippet(snippets, id),
        [{ anchor: 'backend.start();', where: 'before' }],
        index,
      ),
    );
  }
  const configPath = join(app, 'app-config.yaml');
  editFile(configPath, text => {
    const document = YAML.parseDocument(text);
    const rules = YAML.parse(snippet(snippets, 'catalog-rules'));
    document.setIn(['catalog', 'rules'], rules.catalog.rules);
    return document.toString({ lineWidth: 0, flowCollectionPadding: false });
  });
}

/** Where the code of each section of the legacy snippet goes, by its heading. */
const LEGACY_PLACES = {
  'App.tsx': [{ anchor: '</FlatRoutes>', where: 'before' }],
  'components/Root/Root.tsx': [
    { anchor: '<SidebarItem icon={HomeIcon}', where: 'after' },
  ],
  'components/search/SearchPage.tsx, in the types of <SearchType.Accordion>': [
    { anchor: 'types={[', where: 'after' },
  ],
  'components/search/SearchPage.tsx, inside <SearchResult>': [
    { anchor: '<SearchResult>', where: 'after' },
  ],
  // resources use the default page
  'components/catalog/EntityPage.tsx, in the service, API, resource, system and group pages':
    [
      'serviceEntityPage',
      'websiteEntityPage',
      'defaultEntityPage',
      'apiPage',
      'groupPage',
      'systemPage',
    ].map(page => ({
      anchor: '</EntityLayout>',
      where: 'before',
      after: `const ${page} =`,
    })),
};

function applyLegacy(app, snippets) {
  const code = snippet(snippets, 'legacy-app');
  const sections = code.split(/^\/\/ (?=\S+\.tsx)/m);
  for (const section of sections.filter(s => s.trim())) {
    const [heading, ...rest] = section.split('\n');
    const places = LEGACY_PLACES[heading.trim()];
    if (!places) {
      throw new Error(
        `No place known for the README's "// ${heading}" section`,
      );
    }
    const path = join(app, 'packages/app-legacy/src', heading.split(/[ ,]/)[0]);
    editFile(path, source =>
      applySnippet(source, rest.join('\n'), places, path),
    );
  }
}

function main() {
  const readme = readFileSync(argument('--readme'), 'utf8');
  const app = argument('--app');
  const variant = argument('--variant');
  const snippets = readSnippets(readme);
  runInstall(app, snippet(snippets, 'install'), variant);
  if (variant === 'new') {
    applyBackend(app, snippets);
    const config = YAML.parse(
      readFileSync(join(app, 'app-config.yaml'), 'utf8'),
    );
    if (config.app?.packages !== 'all') {
      throw new Error(
        'The new app does not discover plugins (app.packages: all)',
      );
    }
  } else {
    applyLegacy(app, snippets);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
