/** The categories of the hardening summary, in the order it prints them. */
export const CATEGORIES = [
  'hostile input',
  'property-based',
  'faults',
  'two backends',
  'load',
  'auth',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Cases tried and failures of one category. */
export interface CategoryResult {
  cases: number;
  failures: string[];
}

/** What one source of cases (a test runner, this suite) reports to the summary. */
export interface ReportFile {
  source: string;
  categories: Partial<Record<Category, CategoryResult>>;
  /** Figures worth quoting, such as the p95 under load (milliseconds) */
  metrics?: Record<string, number>;
}

/** Failures printed per category as they happen; all are in the report file. */
const MAX_PRINTED_FAILURES = 20;

/** Records every case the suite tries, and every failure with what went wrong. */
export class Report {
  private readonly results = new Map<Category, CategoryResult>();
  readonly metrics: Record<string, number> = {};

  /** One case of `category`: counts it, and records `what` as a failure unless `ok`. */
  check(category: Category, ok: boolean, what: string): boolean {
    const result = this.resultOf(category);
    result.cases += 1;
    if (!ok) {
      result.failures.push(what);
      if (result.failures.length <= MAX_PRINTED_FAILURES) {
        process.stdout.write(`  FAIL [${category}] ${what}\n`);
      }
    }
    return ok;
  }

  /** Counts `count` cases that passed (such as requests under load). */
  passed(category: Category, count: number) {
    this.resultOf(category).cases += count;
  }

  get failureCount(): number {
    let n = 0;
    for (const r of this.results.values()) n += r.failures.length;
    return n;
  }

  toFile(source: string): ReportFile {
    return {
      source,
      categories: Object.fromEntries(this.results),
      metrics: this.metrics,
    };
  }

  private resultOf(category: Category): CategoryResult {
    let result = this.results.get(category);
    if (!result) {
      result = { cases: 0, failures: [] };
      this.results.set(category, result);
    }
    return result;
  }
}
