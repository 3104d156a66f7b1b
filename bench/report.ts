import fs from 'node:fs';
import path from 'node:path';

export interface ScenarioResult {
  id: string;
  name: string;
  dialect: 'sqlite' | 'postgres';
  size: string;
  target: string;
  figures: Record<string, unknown>;
  met: boolean | null;
}

const resultsFile = path.resolve('bench', 'results', 'latest.json');
const reportFile = path.resolve('docs', 'performance.md');

/** Merges this run into latest.json (keyed by scenario, database and size) and rewrites the table. */
export function writePerformanceReport(results: ScenarioResult[], machine: string): void {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  const previous: ScenarioResult[] = fs.existsSync(resultsFile)
    ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { results: ScenarioResult[] }).results
    : [];
  const key = (r: ScenarioResult) => `${r.id}|${r.dialect}|${r.size}`;
  const merged = new Map(previous.map((r) => [key(r), r]));
  for (const result of results) merged.set(key(result), result);
  const all = [...merged.values()].sort((a, b) => key(a).localeCompare(key(b)));
  fs.writeFileSync(
    resultsFile,
    `${JSON.stringify({ machine, updatedAt: new Date().toISOString(), results: all }, null, 2)}\n`,
  );

  const rows = all.map((r) => {
    const f = r.figures as Record<string, { p50Ms?: number; throughputPerSec?: number } | number | number[]>;
    const single = f.singleClient as
      { app?: { p50Ms: number; throughputPerSec: number }; floor?: { p50Ms: number } } | undefined;
    const many = f.twentyClients as
      { app?: { throughputPerSec: number }; floor?: { throughputPerSec: number } } | undefined;
    const headline =
      typeof f.medianMs === 'number'
        ? `median ${f.medianMs} ms`
        : `1 client p50 ${single?.app?.p50Ms} ms (floor ${single?.floor?.p50Ms} ms); 20 clients ${many?.app?.throughputPerSec} req/s (floor ${many?.floor?.throughputPerSec}, ratio ${JSON.stringify(f.throughputRatio)})`;
    const verdict = r.met === null ? '—' : r.met ? 'met' : '**not met**';
    return `| ${r.id} | ${r.name} | ${r.dialect} | ${r.size} | ${headline} | ${r.target} | ${verdict} |`;
  });
  fs.writeFileSync(
    reportFile,
    [
      '# Performance',
      '',
      'Written by `npm run bench` (see `bench/`); raw figures in `bench/results/latest.json`. Medians of',
      'repeated runs over loopback HTTP from a separate process, each scenario beside its floor (bare Fastify',
      '+ raw driver, same query) in the same run. Scenarios S1–S11 of `quality-bars.md` arrive with the',
      'modules they measure (issue 9 completes them with S/M/L data generators).',
      '',
      `Machine: ${machine}.`,
      '',
      '| # | Scenario | DB | Size | Result | Target | |',
      '|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}
