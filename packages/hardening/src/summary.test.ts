import { jestReport } from './summary';

const test = (ancestorTitles: string[], status: string) => ({
  ancestorTitles,
  status,
  fullName: [...ancestorTitles, 'a case'].join(' '),
});

describe('the hardening summary', () => {
  it('counts jest tests by the category prefix of their top-level describe, failures by name', () => {
    const report = jestReport({
      testResults: [
        {
          assertionResults: [
            test(['hostile input: entity providers', 'sched'], 'passed'),
            test(['hostile input: CLI'], 'failed'),
            test(['faults: entity providers when the source fails'], 'passed'),
            test(['auth: every route'], 'pending'),
            test(['an untagged describe about auth: tokens'], 'passed'),
          ],
        },
      ],
    });
    expect(report.categories).toEqual({
      'hostile input': { cases: 2, failures: ['hostile input: CLI a case'] },
      faults: { cases: 1, failures: [] },
    });
  });
});
