import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  createTempDir,
  landscapeFile,
  removeTempDirs,
  runCli,
  sharedDataFile,
  writeTempFile,
} from '../__testUtils__/cli';

afterAll(removeTempDirs);

const TALKS = `# Talks we liked -- a comment that must survive
---
apiVersion: conference-learnings.io/v1alpha1
kind: Talk
metadata:
  name: gitops-talk
  title: Scaling GitOps with Argo CD and Helm # the title as on the schedule
  description: >-
    How we run Argo CD for hundreds of clusters, rendering Helm charts
    and rolling out with Argo Rollouts.
spec:
  # keys deliberately out of the usual order
  type: session
  conference: conference:default/kubecon-eu-2024
  technologies:
    - argo # written short on purpose
  track: GitOps
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: argo-dashboard
  description: Our Argo CD dashboard, which is no talk.
spec:
  type: website
  lifecycle: production
  owner: team-a
---
apiVersion: conference-learnings.io/v1alpha1
kind: Talk
metadata:
  name: otel-talk
  title: OpenTelemetry for Kafka pipelines
spec:
  conference: conference:default/kubecon-eu-2024
  speakers:
    - name: Ana Silva
`;

const technologiesOf = (yaml: string): unknown[] =>
  parseAllDocuments(yaml).map(
    doc =>
      (doc.toJS() as { spec?: { technologies?: string[] } }).spec?.technologies,
  );

describe('tag', () => {
  it('adds missing technologies to every Talk, preserving comments, key order and other documents', async () => {
    const file = writeTempFile('talks.yaml', TALKS);
    const run = await runCli(['tag', file, '--landscape', landscapeFile()]);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(
      `${file}: 2 of 2 talks tagged, 3 technology refs added\n`,
    );

    const [gitops, component, otel] = technologiesOf(run.stdout);
    // `argo` is kept as written and not added again as technology:default/argo
    expect(gitops).toEqual(['argo', 'technology:default/helm']);
    expect(component).toBeUndefined();
    expect(otel).toEqual([
      'technology:default/opentelemetry',
      'technology:default/kafka',
    ]);

    // nothing but the new lines changed
    expect(run.stdout).toBe(
      TALKS.replace(
        '    - argo # written short on purpose\n',
        '    - argo # written short on purpose\n    - technology:default/helm\n',
      ).replace(
        '    - name: Ana Silva\n',
        '    - name: Ana Silva\n  technologies:\n    - technology:default/opentelemetry\n    - technology:default/kafka\n',
      ),
    );
    expect(run.stdout).toContain(
      '# Talks we liked -- a comment that must survive\n---\n',
    );
    expect(run.stdout).toContain('    - argo # written short on purpose\n');
    const spec = parseAllDocuments(run.stdout)[0].get('spec') as {
      items: Array<{ key: { value: string } }>;
    };
    expect(spec.items.map(pair => pair.key.value)).toEqual([
      'type',
      'conference',
      'technologies',
      'track',
    ]);
  });

  it('is idempotent', async () => {
    const file = writeTempFile('talks.yaml', TALKS);
    const once = await runCli(['tag', file, '--landscape', landscapeFile()]);
    const again = writeTempFile('again.yaml', once.stdout);
    const twice = await runCli(['tag', again, '--landscape', landscapeFile()]);
    expect(twice.exitCode).toBe(0);
    expect(twice.stdout).toBe(once.stdout);
    expect(twice.stderr).toBe(
      `${again}: 0 of 2 talks tagged, 0 technology refs added\n`,
    );
  });

  it('does not add a technology that spec.technologies already names by its name, as the catalog resolves it', async () => {
    const talk = `apiVersion: conference-learnings.io/v1alpha1
kind: Talk
metadata:
  name: certificates-talk
  title: Rotating certificates with cert-manager
spec:
  conference: conference:default/kubecon-eu-2024
  technologies:
    - Cert Manager
`;
    const file = writeTempFile('cert-manager.yaml', talk);
    const run = await runCli(['tag', file, '--landscape', landscapeFile()]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(talk);
    expect(run.stderr).toBe(
      `${file}: 0 of 1 talks tagged, 0 technology refs added\n`,
    );
  });

  it('keeps comments through the Document API where it cannot just insert lines (flow lists, CRLF)', async () => {
    const flow = TALKS.replace(
      '  technologies:\n    - argo # written short on purpose\n',
      '  technologies: [argo] # written short on purpose\n',
    ).replace(/\n/g, '\r\n');
    const file = writeTempFile('flow.yaml', flow);
    const run = await runCli(['tag', file, '--landscape', landscapeFile()]);
    expect(run.exitCode).toBe(0);
    expect(technologiesOf(run.stdout)[0]).toEqual([
      'argo',
      'technology:default/helm',
    ]);
    expect(run.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    expect(technologiesOf(run.stdout)[2]).toEqual([
      'technology:default/opentelemetry',
      'technology:default/kafka',
    ]);
    for (const comment of [
      '# Talks we liked -- a comment that must survive',
      '# keys deliberately out of the usual order',
      '# written short on purpose',
      '# the title as on the schedule',
    ]) {
      expect(run.stdout).toContain(comment);
    }
    const rerun = writeTempFile('flow-again.yaml', run.stdout);
    expect(
      (await runCli(['tag', rerun, '--landscape', landscapeFile()])).stdout,
    ).toBe(run.stdout);
  });

  it('writes to -o atomically, and --in-place only when something changes', async () => {
    const dir = createTempDir();
    const file = path.join(dir, 'talks.yaml');
    fs.writeFileSync(file, TALKS);
    const out = path.join(dir, 'tagged.yaml');
    const run = await runCli([
      'tag',
      file,
      '--landscape',
      landscapeFile(),
      '-o',
      out,
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toBe(TALKS);
    const tagged = fs.readFileSync(out, 'utf8');
    expect(tagged).toContain('technology:default/kafka');

    const inPlace = await runCli([
      'tag',
      file,
      '--in-place',
      '--landscape',
      landscapeFile(),
    ]);
    expect(inPlace.exitCode).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(tagged);
    fs.utimesSync(out, new Date(2020, 0, 1), new Date(2020, 0, 1));
    await runCli(['tag', out, '-i', '--landscape', landscapeFile()]);
    expect(fs.statSync(out).mtime).toEqual(new Date(2020, 0, 1));
    expect(fs.readdirSync(dir).sort()).toEqual(['tagged.yaml', 'talks.yaml']);

    const both = await runCli([
      'tag',
      file,
      '-i',
      '-o',
      out,
      '--landscape',
      landscapeFile(),
    ]);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toContain('cannot be used with');
  });

  it('adds what import --tag detects to an untagged import of real data', async () => {
    const dir = createTempDir();
    const source = sharedDataFile('sample-sched.ics');
    const args = [
      'import',
      '--from',
      'sched-ics',
      source,
      '--conference',
      'kc',
    ];
    const plain = path.join(dir, 'plain.yaml');
    await runCli([...args, '-o', plain]);
    const imported = await runCli([
      ...args,
      '--tag',
      '--landscape',
      landscapeFile(),
    ]);
    const tagged = await runCli(['tag', plain, '--landscape', landscapeFile()]);
    expect(tagged.exitCode).toBe(0);
    expect(technologiesOf(tagged.stdout)).toEqual(
      technologiesOf(imported.stdout),
    );
    expect(tagged.stderr).toMatch(/: \d{3} of 596 talks tagged/);
  });

  it('fails without writing on YAML errors, a bad spec.technologies or a bad landscape', async () => {
    const dir = createTempDir();
    const out = path.join(dir, 'out.yaml');
    fs.writeFileSync(out, 'untouched\n');
    const broken = path.join(dir, 'broken.yaml');
    fs.writeFileSync(broken, `${TALKS}  bad: [unclosed\n`);
    const yamlError = await runCli([
      'tag',
      broken,
      '--landscape',
      landscapeFile(),
      '-o',
      out,
    ]);
    expect(yamlError.exitCode).toBe(1);
    expect(yamlError.stderr).toMatch(
      new RegExp(`^error: ${broken}:\\d+: YAML: `),
    );

    const scalar = path.join(dir, 'scalar.yaml');
    fs.writeFileSync(
      scalar,
      TALKS.replace(
        '  technologies:\n    - argo # written short on purpose\n',
        '  technologies: argo\n',
      ),
    );
    const wrongType = await runCli([
      'tag',
      scalar,
      '--landscape',
      landscapeFile(),
      '-o',
      out,
    ]);
    expect(wrongType.exitCode).toBe(1);
    expect(wrongType.stderr).toBe(
      `error: ${scalar}:15: Talk default/gitops-talk: spec.technologies must be a list of technology refs\n`,
    );

    const badLandscape = await runCli([
      'tag',
      sharedDataFile('sample-sessionize.json'),
      '--landscape',
      sharedDataFile('sample-sessionize.json'),
      '-o',
      out,
    ]);
    expect(badLandscape.exitCode).toBe(1);
    expect(badLandscape.stderr).toContain(
      'sample-sessionize.json: Not a CNCF landscape.yml',
    );
    const noLandscape = await runCli(['tag', scalar]);
    expect(noLandscape.exitCode).toBe(2);
    expect(noLandscape.stderr).toContain('--landscape <file>');
    expect(fs.readFileSync(out, 'utf8')).toBe('untouched\n');
    expect(fs.readdirSync(dir).sort()).toEqual([
      'broken.yaml',
      'out.yaml',
      'scalar.yaml',
    ]);
  });
});
