import fs from 'node:fs';
import path from 'node:path';
import type { Dataset } from './generators/generate-dataset';
import type { LatencySummary } from './measure';
import type { ScenarioResult } from './scenario';

const resultsFile = path.resolve('bench', 'results', 'latest.json');
const reportFile = path.resolve('docs', 'performance.md');
const begin = '<!-- bench:begin (written by npm run bench; edit outside these markers) -->';
const end = '<!-- bench:end -->';

export interface DatasetRecord extends Omit<Dataset, 'institutions'> {
  dialect: string;
  institutions: number;
}

interface ResultsFile {
  machine: string;
  updatedAt: string;
  datasets: Record<string, DatasetRecord>;
  results: ScenarioResult[];
}

type Pair = { app: LatencySummary; floor: LatencySummary };

function resultCells(result: ScenarioResult): [string, string, string] {
  const f = result.figures as {
    medianMs?: number;
    singleClient?: Pair;
    twentyClients?: Pair;
    throughputRatio?: number;
    peakRssMb?: { app: number | null; floor: number | null } | number | null;
    /** A write measured on its own (S8): no floor, a few clients for throughput. */
    oneClient?: LatencySummary;
    fiveClients?: LatencySummary;
    /** Rendering measured in process (S6): one render at a time per format. */
    pdf?: LatencySummary;
    docx?: LatencySummary;
  };
  if (typeof f.medianMs === 'number') return [`median ${f.medianMs} ms`, '—', '—'];
  if (f.pdf && f.docx) {
    return [
      `PDF ${f.pdf.p50Ms} / ${f.pdf.p95Ms} / ${f.pdf.p99Ms}; DOCX ${f.docx.p50Ms} / ${f.docx.p95Ms} / ${f.docx.p99Ms}`,
      `PDF ${f.pdf.throughputPerSec}/s, DOCX ${f.docx.throughputPerSec}/s (one at a time)`,
      '—',
    ];
  }
  if (f.oneClient && f.fiveClients) {
    const one = f.oneClient;
    return [
      `${one.p50Ms} / ${one.p95Ms} / ${one.p99Ms}`,
      `5 clients: ${f.fiveClients.throughputPerSec} writes/s`,
      `${typeof f.peakRssMb === 'number' ? f.peakRssMb : '—'}`,
    ];
  }
  const one = f.singleClient;
  const many = f.twentyClients;
  if (!one || !many) return ['—', '—', '—'];
  return [
    `${one.app.p50Ms} / ${one.app.p95Ms} / ${one.app.p99Ms} (floor ${one.floor.p50Ms} / ${one.floor.p95Ms} / ${one.floor.p99Ms})`,
    `${many.app.throughputPerSec} (floor ${many.floor.throughputPerSec}, ratio ${f.throughputRatio}); p95 ${many.app.p95Ms} ms`,
    `${typeof f.peakRssMb === 'object' ? (f.peakRssMb?.app ?? '—') : '—'} / ${typeof f.peakRssMb === 'object' ? (f.peakRssMb?.floor ?? '—') : '—'}`,
  ];
}

function table(
  results: ScenarioResult[],
  datasets: Record<string, DatasetRecord>,
  machine: string,
): string[] {
  const rows = results.map((r) => {
    const [single, many, memory] = resultCells(r);
    const verdict = r.met === null ? '—' : r.met ? 'met' : '**not met**';
    return `| ${r.id} | ${r.name} | ${r.dialect} | ${r.size} | ${single} | ${many} | ${memory} | ${r.target} | ${verdict} |`;
  });
  const checks = results.flatMap((r) =>
    r.checks
      .filter((c) => c.label !== 'HTTP round trips for first paint' || !c.met)
      .map(
        (c) =>
          `- ${r.id} ${r.dialect} ${r.size}: ${c.label} ${c.value} (target ${c.target}): ${c.met ? 'met' : '**not met**'}`,
      ),
  );
  const sets = Object.values(datasets).map(
    (d) =>
      `- ${d.size} on ${d.dialect}: ` +
      `${Object.entries(d.rowCounts)
        .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
        .join(', ')}; generated in ${d.generationSeconds} s (seed ${d.seed})`,
  );
  return [
    begin,
    '',
    `Machine: ${machine}. Latency in ms over loopback HTTP from a separate process; 1 client p50 / p95 / p99;`,
    '20 clients: closed loop, throughput in req/s (compare throughput: there p95 is mostly queueing).',
    '',
    '| # | Scenario | DB | Size | 1 client p50 / p95 / p99 ms | 20 clients req/s | Peak RSS MB app / floor | Target | |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Each target:',
    '',
    ...checks,
    '',
    'Data sets:',
    '',
    ...sets,
    '',
    end,
  ];
}

/** Merges this run into latest.json (keyed by scenario, database and size) and rewrites the table. */
export function writePerformanceReport(
  results: ScenarioResult[],
  datasets: DatasetRecord[],
  machine: string,
): void {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  const previous: Partial<ResultsFile> = fs.existsSync(resultsFile)
    ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Partial<ResultsFile>)
    : {};
  const key = (r: { id: string; dialect: string; size: string }) => `${r.id}|${r.dialect}|${r.size}`;
  const merged = new Map((previous.results ?? []).map((r) => [key(r), { ...r, checks: r.checks ?? [] }]));
  for (const result of results) merged.set(key(result), result);
  const all = [...merged.values()].sort(
    (a, b) =>
      a.id.localeCompare(b.id, 'en', { numeric: true }) ||
      a.dialect.localeCompare(b.dialect) ||
      a.size.localeCompare(b.size),
  );
  const allDatasets = { ...(previous.datasets ?? {}) };
  for (const d of datasets) allDatasets[`${d.dialect}|${d.size}`] = d;
  const file: ResultsFile = {
    machine,
    updatedAt: new Date().toISOString(),
    datasets: allDatasets,
    results: all,
  };
  fs.writeFileSync(resultsFile, `${JSON.stringify(file, null, 2)}\n`);

  const generated = table(all, allDatasets, machine);
  const existing = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '';
  const from = existing.indexOf(begin);
  const to = existing.indexOf(end);
  const text =
    from >= 0 && to > from
      ? `${existing.slice(0, from)}${generated.join('\n')}${existing.slice(to + end.length)}`
      : ['# Performance', '', ...generated, ''].join('\n');
  fs.writeFileSync(reportFile, text);
}
