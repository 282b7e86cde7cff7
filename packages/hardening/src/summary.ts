import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, Category, ReportFile } from './Report';

/** Jest tests count for a category when their top-level describe starts with `<category>: `. */
export function jestReport(jestJson: any): ReportFile {
  const categories: ReportFile['categories'] = {};
  for (const file of jestJson.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      const top: string = test.ancestorTitles?.[0] ?? '';
      const category = CATEGORIES.find(c => top.startsWith(`${c}: `));
      if (!category || test.status === 'pending') continue;
      const result = (categories[category] ??= { cases: 0, failures: [] });
      result.cases += 1;
      if (test.status !== 'passed') result.failures.push(test.fullName);
    }
  }
  return { source: 'jest (tagged describes)', categories };
}

/**
 * `summary --reports DIR [--jest FILE]`: the hardening table, per category the
 * cases tried and failures, from each source, plus the figures under load.
 */
export function printSummary(args: string[]): number {
  const reportsDir = args[args.indexOf('--reports') + 1];
  const jestFile = args.includes('--jest')
    ? args[args.indexOf('--jest') + 1]
    : undefined;
  const reports: ReportFile[] = [];
  if (jestFile && existsSync(jestFile)) {
    reports.push(jestReport(JSON.parse(readFileSync(jestFile, 'utf8'))));
  }
  if (reportsDir && existsSync(reportsDir)) {
    for (const name of readdirSync(reportsDir)
      .filter(n => n.endsWith('.json'))
      .sort()) {
      reports.push(JSON.parse(readFileSync(join(reportsDir, name), 'utf8')));
    }
  }

  const out: string[] = [
    '',
    'Hardening summary (load, faults, hostile input, auth)',
  ];
  out.push(
    `  ${'category'.padEnd(16)}${'cases'.padStart(8)}${'failures'.padStart(
      10,
    )}  from`,
  );
  let failures = 0;
  for (const category of CATEGORIES) {
    let cases = 0;
    let failed = 0;
    const from: string[] = [];
    for (const report of reports) {
      const result = report.categories[category as Category];
      if (!result) continue;
      cases += result.cases;
      failed += result.failures.length;
      from.push(`${report.source} ${result.cases}`);
    }
    failures += failed;
    out.push(
      `  ${category.padEnd(16)}${String(cases).padStart(8)}${String(
        failed,
      ).padStart(10)}  ${from.join(', ') || 'nothing ran'}`,
    );
  }
  const metrics = Object.assign({}, ...reports.map(r => r.metrics ?? {}));
  if (metrics.loadP95Ms !== undefined) {
    out.push(
      `  load: ${metrics.loadUsers} users for ${metrics.loadSeconds} s, ${metrics.loadRequests} requests ` +
        `(${metrics.loadRequestsPerSecond}/s), ${metrics.loadErrors} errors, p50 ${metrics.loadP50Ms} ms, ` +
        `p95 ${metrics.loadP95Ms} ms, p99 ${metrics.loadP99Ms} ms (one user alone: p95 ${metrics.baselineP95Ms} ms)`,
    );
  }
  for (const report of reports) {
    for (const [category, result] of Object.entries(report.categories)) {
      for (const failure of result!.failures.slice(0, 10)) {
        out.push(`  FAILED [${category}] ${report.source}: ${failure}`);
      }
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return failures > 0 ? 1 : 0;
}
