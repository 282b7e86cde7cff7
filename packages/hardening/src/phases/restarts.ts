import { describeResponse } from '../ApiClient';
import { BackendProcess } from '../BackendProcess';
import { DemoData, SuiteContext, talkPath } from '../SuiteContext';
import { compareSnapshots, takeSnapshot } from './snapshot';

/**
 * The backend restarts: cleanly (SIGTERM), and by crashing (SIGKILL) right after
 * acknowledging writes. Every link and learning is still served afterwards,
 * unchanged, and nothing appears that was not written.
 */
export async function backendRestartPhase(
  ctx: SuiteContext,
  backend: BackendProcess,
  demo: DemoData,
  database: string,
) {
  const { report } = ctx;
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    const token = await backend.guestToken();
    // Writes acknowledged just before the stop must survive it.
    for (let i = 0; i < 10; i++) {
      const talk = demo.talkRefs[i % demo.talkRefs.length];
      const res = await backend.client.api(
        'POST',
        `/talks/${talkPath(talk)}/learnings`,
        {
          token,
          body: { body: `Written just before a ${signal} (${database}) #${i}` },
        },
      );
      report.check(
        'faults',
        res.status === 201,
        `${database}: write before ${signal}: ${describeResponse(res)}`,
      );
    }
    const before = await takeSnapshot(backend, demo);
    ctx.log(
      `${database}: ${before.learnings.size} learnings and ${before.links.size} links, then ${signal}`,
    );
    await backend.stop(signal);
    await backend.start();
    const after = await takeSnapshot(backend, demo);
    const differences = compareSnapshots(before, after);
    report.passed(
      'faults',
      Math.max(
        0,
        before.learnings.size + before.links.size - differences.length,
      ),
    );
    for (const difference of differences) {
      report.check(
        'faults',
        false,
        `${database} after ${signal}: ${difference}`,
      );
    }
    report.check(
      'faults',
      before.learnings.size > 0,
      `${database}: the restart check had learnings to compare`,
    );
  }
}
