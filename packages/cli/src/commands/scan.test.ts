import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createTempDir,
  landscapeFile,
  REPO_ROOT,
  removeTempDirs,
  runCli,
} from '../__testUtils__/cli';

afterAll(removeTempDirs);

const PARCEL_ROUTER = path.join(
  REPO_ROOT,
  'examples/repositories/parcel-router',
);

describe('conference-learnings scan', () => {
  it('prints each technology of a checkout with the file, line and rule of its evidence', async () => {
    const run = await runCli([
      'scan',
      PARCEL_ROUTER,
      '--landscape',
      landscapeFile(),
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('KEDA (technology:default/keda)');
    expect(run.stdout).toMatch(
      /chart\/templates\/scaledobject\.yaml:\d+ +Kubernetes resource ScaledObject \(keda\.sh\) → KEDA/,
    );
    expect(run.stdout).toMatch(
      /go\.mod:\d+ +Go module github\.com\/segmentio\/kafka-go → Kafka/,
    );
    // A scanner in CI only checks the code: reported, as dev only.
    expect(run.stdout).toMatch(
      /Trivy \(technology:default\/trivy\) — dev only/,
    );
  });

  it('prints JSON with --json, as CI reads it', async () => {
    const run = await runCli([
      'scan',
      PARCEL_ROUTER,
      '--landscape',
      landscapeFile(),
      '--json',
    ]);
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout);
    const keda = result.technologies.find(
      (t: any) => t.ref === 'technology:default/keda',
    );
    expect(keda).toEqual({
      name: 'KEDA',
      ref: 'technology:default/keda',
      scope: 'runtime',
      evidence: [
        {
          file: 'chart/templates/scaledobject.yaml',
          line: expect.any(Number),
          rule: 'Kubernetes resource ScaledObject (keda.sh) → KEDA',
          scope: 'runtime',
        },
      ],
    });
    expect(result.skipped).toEqual([]);
  });

  it('names the technologies of its own rules without a landscape', async () => {
    const run = await runCli(['scan', PARCEL_ROUTER, '--json']);
    expect(run.exitCode).toBe(0);
    const refs = JSON.parse(run.stdout).technologies.map((t: any) => t.ref);
    expect(refs).toEqual(
      expect.arrayContaining([
        'technology:default/kafka',
        'technology:default/keda',
      ]),
    );
  });

  it('skips hostile files with a reason, never following links out of the checkout', async () => {
    const dir = createTempDir();
    const outside = createTempDir();
    fs.writeFileSync(
      path.join(outside, 'go.mod'),
      'module secret\nrequire github.com/segmentio/kafka-go v1\n',
    );
    fs.symlinkSync(path.join(outside, 'go.mod'), path.join(dir, 'go.mod'));
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      `{"dependencies":{"kafkajs":"1"},"pad":"${'x'.repeat(600 * 1024)}"}`,
    );
    fs.writeFileSync(
      path.join(dir, 'Dockerfile'),
      Buffer.from([0xff, 0xfe, 0x00, 0x46, 0x52]),
    );
    fs.writeFileSync(
      path.join(dir, 'values.yaml'),
      'a: &a [*a, *a]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]\n',
    );
    fs.mkdirSync(path.join(dir, 'deploy'));
    fs.writeFileSync(
      path.join(dir, 'deploy', 'app.yaml'),
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
    );
    const run = await runCli(['scan', dir, '--json']);
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.technologies).toEqual([]);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { path: 'go.mod', reason: 'a symbolic link' },
        { path: 'package.json', reason: 'larger than 512 KiB' },
        { path: 'Dockerfile', reason: 'not UTF-8 text' },
      ]),
    );
  });

  it('fails with a clear message for a folder that is not there', async () => {
    const run = await runCli(['scan', path.join(REPO_ROOT, 'no-such-folder')]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/no-such-folder: no such folder/);
  });
});
