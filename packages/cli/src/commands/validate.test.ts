import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  REPO_ROOT,
  removeTempDirs,
  runCli,
  writeTempFile,
} from '../__testUtils__/cli';

afterAll(removeTempDirs);

const INVALID = `# Talks with mistakes
---
apiVersion: conference-learnings.io/v1alpha1
kind: Talk
metadata:
  name: x
  title: A talk with a bad video link
spec:
  conference: conference:default/kubecon-eu-2024
  speakers:
    - name: Ana Silva
    - affiliation: Nobody
  video: ftp://example.org/talk.mp4
  slides: https://example.org/slides.pdf
---
apiVersion: conference-learnings.io/v1alpha1
kind: Conference
metadata:
  name: kubecon-eu-2024
  title: KubeCon EU 2024
spec:
  startDate: 2024-03-19
  venue: Paris
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  title: A component without a name
spec:
  type: service
---
apiVersion: conference-learnings.io/v1alpha1
kind: Talk
metadata:
  name: x
  title: The same talk again
spec:
  conference: conference:default/kubecon-eu-2024
`;

describe('validate', () => {
  it('reports each problem as file:line: message at the offending field, and exits with 1', async () => {
    const file = writeTempFile('talks.yaml', INVALID);
    const run = await runCli(['validate', file]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      `${file}:12: Talk default/x: spec.speakers[1].name is required`,
      `${file}:13: Talk default/x: spec.video must be an http(s) URL`,
      `${file}:21: Conference default/kubecon-eu-2024: spec.endDate is required`,
      `${file}:23: Conference default/kubecon-eu-2024: spec.venue is not a known field`,
      `${file}:27: Component default/<unnamed>: metadata.name is required`,
      `${file}:32: Talk default/x: defined twice, first at ${file}:3`,
      '',
    ]);
    expect(run.stderr).toBe(
      '6 problems in 1 file (4 entities in 1 file: 3 checked against the Talk/Technology/Conference schemas, 1 of other kinds for entity shape only)\n',
    );
  });

  it("exits with 0 on the repository's examples, which hold Components and Groups too", async () => {
    const dir = path.join(REPO_ROOT, 'examples');
    const files = fs
      .readdirSync(dir)
      .filter(name => name.endsWith('.yaml'))
      .map(name => path.join(dir, name));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const run = await runCli(['validate', ...files]);
    expect(run.stdout).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(
        `^OK: \\d+ entities in ${files.length} files: \\d+ checked against the Talk/Technology/Conference schemas, [1-9]\\d* of other kinds for entity shape only\\n$`,
      ),
    );
  });

  it('accepts the names and namespaces the catalog accepts, and rejects the kinds it rejects', async () => {
    const component = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: order--api
  namespace: team--a
spec:
  type: service
  lifecycle: production
  owner: team-a
`;
    const accepted = await runCli([
      'validate',
      writeTempFile('component.yaml', component),
    ]);
    expect(accepted.stdout).toBe('');
    expect(accepted.exitCode).toBe(0);

    const badKind = writeTempFile(
      'bad-kind.yaml',
      component.replace('kind: Component', 'kind: Web Service'),
    );
    const rejected = await runCli(['validate', badKind]);
    expect(rejected.exitCode).toBe(1);
    expect(rejected.stdout).toBe(
      `${badKind}:2: Web Service team--a/order--api: kind must be at most 63 letters and digits, starting with a letter\n`,
    );
  });

  it('reports YAML syntax errors and unreadable files, and checks the other files', async () => {
    const broken = writeTempFile(
      'broken.yaml',
      '---\nkind: Talk\nmetadata:\n  name: [unclosed\n',
    );
    const missing = path.join(path.dirname(broken), 'missing.yaml');
    const valid = path.join(REPO_ROOT, 'examples', 'conferences.yaml');
    const run = await runCli(['validate', missing, broken, valid]);
    expect(run.exitCode).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${missing}: no such file`);
    expect(lines.slice(1).length).toBeGreaterThan(0);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(new RegExp(`^${broken}:[45]: YAML: `));
    }
    expect(run.stderr).toMatch(/ in 2 files \(\d+ entities in 3 files/);
  });

  it('checks files in the curated talks format that the file provider reads', async () => {
    const curated = path.join(
      REPO_ROOT,
      'examples',
      'curated',
      'curated-talks.yaml',
    );
    const good = await runCli(['validate', curated]);
    expect(good.exitCode).toBe(0);
    expect(good.stderr).toMatch(/^OK: 5 entities in 1 file/);

    const bad = writeTempFile(
      'curated.yaml',
      '# reading list\ntechnologies:\n  - name: Jaeger\n    homepage: javascript:alert(1)\n',
    );
    const run = await runCli(['validate', bad]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe(
      `${bad}:2: Curated talks: technologies[0] ("Jaeger").homepage must be an http(s) URL\n`,
    );
  });

  it('needs at least one file', async () => {
    const run = await runCli(['validate']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("missing required argument 'files'");
  });
});
