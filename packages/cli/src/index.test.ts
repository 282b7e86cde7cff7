import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../package.json';
import { REPO_ROOT, runCli, sharedDataFile } from './__testUtils__/cli';

const BIN = path.resolve(__dirname, '../bin/conference-learnings');

describe('conference-learnings', () => {
  it('prints help and version, and exits with 2 on unknown commands and options', async () => {
    const help = await runCli(['--help']);
    expect(help.exitCode).toBe(0);
    for (const command of ['import', 'tag', 'validate']) {
      expect(help.stdout).toContain(command);
    }
    expect(await runCli(['--version'])).toEqual({
      exitCode: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
    const unknown = await runCli(['export']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'export'");
    const option = await runCli(['validate', '--strict', 'x.yaml']);
    expect(option.exitCode).toBe(2);
    expect(option.stderr).toContain("unknown option '--strict'");
    const none = await runCli([]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('Usage: conference-learnings');
  });

  it('runs from the repository through bin/conference-learnings, without a build', () => {
    expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
    const run = spawnSync(
      process.execPath,
      [
        BIN,
        'import',
        '--from',
        'sessionize',
        sharedDataFile('sample-sessionize.json'),
        '--conference',
        'gab',
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toContain('24 talks');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^kind: Talk$/gm)).toHaveLength(24);

    const invalid = spawnSync(
      process.execPath,
      [BIN, 'validate', path.join(REPO_ROOT, 'package.json')],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toMatch(
      /package\.json:1: Entity default\/<unnamed>: apiVersion is required/,
    );
  }, 90_000);
});
