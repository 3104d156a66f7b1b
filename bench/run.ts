/**
 * `npm run bench -- [options]`: generates a seeded data set, runs each scenario beside its floor in
 * the same run, on SQLite and PostgreSQL, and writes bench/results/latest.json and docs/performance.md.
 *
 *   --size S|M|L       data set (quality-bars.md "Data sizes"); default M (XS: the CI smoke's)
 *   --only S1,S2       scenario ids (default: every file in bench/scenarios/)
 *   --db sqlite|postgres|both   default both (PostgreSQL only with BENCH_DATABASE_URL or TEST_DATABASE_URL)
 *   --seconds N        length of one measured round (default 4); --repeats N rounds (default 3)
 *   --s7-seconds N     length of the S7/S7M mixed load (default 60; quality-bars' 5 minutes: 300)
 *   --no-report        print the results without touching latest.json and docs/performance.md
 *   --out FILE         also write this run's results as JSON to FILE (the CI smoke reads it)
 *   --keep             keep the generated databases (printed) for EXPLAIN and friends
 *
 * See bench/README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import { boot } from '../src/server/boot';
import { loadConfig } from '../src/server/config/config';
import { openDatabase } from '../src/server/db/database';
import type { Dialect } from '../src/server/db/dialect-of';
import { createInstitutionWithAdmin } from '../src/server/modules/institutions/index';
import { benchPostgresUrl, createBenchDatabase, type BenchDatabase } from './bench-database';
import { signIn, type BenchServer } from './bench-server';
import {
  benchPassword,
  datasetSizes,
  generateDataset,
  type Dataset,
  type DatasetSize,
} from './generators/generate-dataset';
import { verifyDataset } from './generators/verify-dataset';
import { writePerformanceReport, type DatasetRecord } from './report';
import type { BenchContext, Scenario, ScenarioResult } from './scenario';
import { loadScenarios } from './scenario-registry';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const size = (option('size') ?? 'M').toUpperCase() as DatasetSize;
if (!(size in datasetSizes)) throw new Error(`--size must be one of ${Object.keys(datasetSizes).join(', ')}`);
const dbOption = option('db') ?? 'both';
const only = option('only')?.toUpperCase().split(',');
const seconds = Number(option('seconds') ?? 4);
const repeats = Number(option('repeats') ?? 3);
const s7Seconds = Number(option('s7-seconds') ?? 60);
const log = (message: string) => console.log(message);

function dialects(): Dialect[] {
  if (dbOption === 'sqlite' || dbOption === 'postgres') return [dbOption];
  if (benchPostgresUrl) return ['sqlite', 'postgres'];
  log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to measure it too');
  return ['sqlite'];
}

/** Migrates and seeds the regions (all four levels, as a production boot does), then fills the data. */
async function prepare(
  database: BenchDatabase,
  withDataset: boolean,
): Promise<{ dataset: Dataset | null; logins: string[] }> {
  const config = loadConfig({ DATA_DIR: database.dataDir, DATABASE_URL: database.databaseUrl || undefined });
  const { deps, handle } = await boot(config, { log: () => undefined });
  try {
    if (!withDataset) {
      const email = 'pengelola.bench@contoh.id';
      await createInstitutionWithAdmin(
        deps,
        {
          institutionName: 'LKP Bench',
          institutionKind: 'LKP',
          timeZone: 'WITA',
          managerName: 'Bench',
          email,
          password: benchPassword,
        },
        { requestId: null, setupToken: null },
      );
      return { dataset: null, logins: [email] };
    }
    log(`  generating size ${size} (${datasetSizes[size].partners.toLocaleString('en')} partners)`);
    const dataset = await generateDataset(deps.db, database.target, size, log);
    await verifyDataset(deps.db, dataset);
    log(`  data set verified against the app (${dataset.generationSeconds} s to generate)`);
    return { dataset, logins: dataset.institutions.map((i) => i.managerEmail) };
  } finally {
    await handle.close();
  }
}

async function runDialect(
  dialect: Dialect,
  scenarios: Scenario[],
): Promise<{
  results: ScenarioResult[];
  dataset: DatasetRecord | null;
}> {
  log(`\n${dialect}`);
  const database = await createBenchDatabase(dialect);
  const withDataset = scenarios.some((s) => s.needsDataset);
  const results: ScenarioResult[] = [];
  try {
    const { dataset, logins } = await prepare(database, withDataset);
    const handle = openDatabase(database.target);
    const cookies = new Map<number, string>();
    const ctx: BenchContext = {
      dialect,
      size: dataset ? size : 'empty',
      target: { dataDir: database.dataDir, databaseUrl: database.databaseUrl },
      dataset,
      db: handle.db,
      seconds,
      repeats,
      s7Seconds,
      log,
      async session(app: BenchServer, index: number) {
        let cookie = cookies.get(index);
        if (!cookie) {
          const email = logins[index];
          if (!email) throw new Error(`no institution ${index} in this data set`);
          cookie = await signIn(app.baseUrl, email, benchPassword);
          cookies.set(index, cookie);
        }
        return cookie;
      },
    };
    try {
      for (const scenario of scenarios) {
        log(`  ${scenario.id}: ${scenario.name}`);
        results.push(await scenario.run(ctx));
      }
    } finally {
      await handle.close();
    }
    const record = dataset && {
      ...dataset,
      dialect,
      institutions: dataset.institutions.length,
    };
    return { results, dataset: record };
  } finally {
    if (args.includes('--keep')) log(`  kept: ${database.databaseUrl || database.dataDir}`);
    else await database.drop();
  }
}

async function main(): Promise<void> {
  const scenarios = await loadScenarios(only);
  if (scenarios.length === 0) throw new Error(`no scenario matches --only ${only?.join(',')}`);
  // The servers it starts inherit this, so a floor server loads only these scenarios too.
  process.env.BENCH_ONLY = scenarios.map((s) => s.id).join(',');
  const results: ScenarioResult[] = [];
  const datasets: DatasetRecord[] = [];
  for (const dialect of dialects()) {
    const run = await runDialect(dialect, scenarios);
    results.push(...run.results);
    if (run.dataset) datasets.push(run.dataset);
  }
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  if (!args.includes('--no-report')) writePerformanceReport(results, datasets, machine);
  const out = option('out');
  if (out) fs.writeFileSync(out, `${JSON.stringify({ machine, datasets, results }, null, 2)}\n`);
  for (const r of results) {
    const verdict = r.met === null ? 'informative' : r.met ? 'met' : 'NOT MET';
    log(
      `${r.id} ${r.dialect} ${r.size}: ${verdict}  ${r.checks.map((c) => `${c.label} ${c.value} (${c.target})`).join('; ')}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
