import { startServer } from '../bench-server';
import { median, round } from '../measure';
import { check, type Scenario } from '../scenario';

async function firstHealthyMs(baseUrl: string, startedAt: number): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.status === 200) return performance.now() - startedAt;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** From spawning the process (Node + tsx, migrations checked, regions checked) to the first 200. */
export const scenario: Scenario = {
  id: 'S10',
  name: 'Cold start to first 200 on /health (node + tsx, data set in place)',
  needsDataset: true,
  async run(ctx) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const startedAt = performance.now();
      const server = await startServer('app', ctx.target);
      runs.push(await firstHealthyMs(server.baseUrl, startedAt));
      await server.stop();
    }
    const medianMs = round(median(runs));
    ctx.log(`    median ${medianMs} ms`);
    const checks = [check('cold start median', '≤ 1500 ms', medianMs, ' ms', medianMs <= 1500)];
    return {
      id: 'S10',
      name: scenario.name,
      dialect: ctx.dialect,
      size: ctx.size,
      target: '≤ 1.5 s with M size',
      figures: { medianMs, runsMs: runs.map(round) },
      checks,
      met: checks.every((c) => c.met),
    };
  },
};
