import { boot } from '../../src/server/boot';
import { loadConfig, resolveDatabaseTarget } from '../../src/server/config/config';
import type { Principal } from '../../src/server/platform/auth/principal';
import {
  getDashboard,
  readInstitutionRollups,
  refreshInstitutionRollup,
} from '../../src/server/modules/reports/index';
import { getRegionReport } from '../../src/server/modules/reports/get-region-report';
import { listInstitutionsWithinRegion } from '../../src/server/modules/reports/region-report.repository';
import { rollupFigures as f } from '../../src/server/modules/reports/rollup-figures';
import {
  listFiguresOfInstitutions,
  listInstitutionFigures,
  listRollupStatesOf,
} from '../../src/server/modules/reports/rollups.repository';
import { isDeepStrictEqual } from 'node:util';
import { getJson, signIn, startServer } from '../bench-server';
import { bind, captureAppSql, type CapturedQuery } from '../floor-driver';
import { benchPassword } from '../generators/generate-dataset';
import {
  compareWithFloor,
  median,
  medianSummary,
  percentile,
  round,
  type Comparison,
  type LatencySummary,
} from '../measure';
import { generateS4Dataset } from '../s4-dataset';
import { allMet, check, rotate, type Scenario } from '../scenario';

/** BENCH_S4_ACTIVITIES=100000 for a quicker run while developing; the target is at 1M. */
const activitiesTotal = Number(process.env.BENCH_S4_ACTIVITIES ?? 1_000_000);
const period = { from: '2026-01', to: '2026-12' };
const periodQuery = `from=${period.from}&to=${period.to}`;
/** What the district roll-up reads of each institution (read-institution-rollups.ts). */
const districtFigures = [f.partnersTotal, f.agreementsByStatus, f.partnersNeglected, f.outcomeTotal];

/**
 * One call at a time in this process. `cpuMsPerCall` (user + system CPU over the calls) stays
 * meaningful when a loaded machine stretches the wall-clock figures.
 */
async function measure(
  seconds: number,
  step: (n: number) => Promise<unknown>,
): Promise<LatencySummary & { cpuMsPerCall: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let n = 0; performance.now() < started + seconds * 1000; n += 1) {
    const t0 = performance.now();
    await step(n);
    latencies.push(performance.now() - t0);
  }
  const used = process.cpuUsage(cpu);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    cpuMsPerCall: round((used.user + used.system) / 1000 / Math.max(1, sorted.length)),
    requests: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    throughputPerSec: Math.round((sorted.length / (performance.now() - started)) * 1000),
  };
}

function principalOf(
  institutionId: string,
  role: 'manager' | 'supervisor',
  supervisedRegionCodes: string[] = [],
): Principal {
  return {
    userId: 'bench',
    userName: 'Bench',
    email: 'bench@contoh.id',
    role,
    locale: 'id',
    institutionId,
    supervisedRegionCodes,
    via: 'command',
    sessionId: null,
    csrfToken: null,
  };
}

/** Answers compared as they travel: JSON, so dates and undefined fields read as the client sees them. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const line = (label: string, c: Comparison) =>
  `${label}: 1 client p95 ${c.singleClient.app.p95Ms} ms (floor ${c.singleClient.floor.p95Ms}), 20 clients p95 ${c.twentyClients.app.p95Ms} ms, ${c.twentyClients.app.throughputPerSec} req/s (${c.throughputRatio}× floor)`;

/**
 * S4 over HTTP: GET /reports/dashboard as five institutions' managers and GET /reports/region for
 * the regency as the province's supervisor, over 70 institutions with 1M activities between them,
 * beside a floor that selects the same rollup_figures rows raw. The use cases called in the
 * benchmark process stay as an informative line; every HTTP answer must equal theirs.
 */
export const scenario: Scenario = {
  id: 'S4',
  name: 'Dashboard for one institution, and the district roll-up over 1M activities (70 institutions)',
  needsDataset: false,
  async registerFloor(app, driver) {
    const [[figures], [within]] = await Promise.all([
      captureAppSql(driver.dialect, (db) => listInstitutionFigures(db, '$institution', '$from', '$to')),
      captureAppSql(driver.dialect, (db) => listInstitutionsWithinRegion(db, '$code', '$except')),
    ]);
    // The IN lists change with the region's size: captured once per length, as partner-floor does.
    const perCount = new Map<number, Promise<CapturedQuery[]>>();
    const districtQueries = (count: number) => {
      let queries = perCount.get(count);
      if (!queries) {
        const ids = Array.from({ length: count }, (_, i) => `$id${i}`);
        queries = Promise.all([
          captureAppSql(driver.dialect, (db) =>
            listFiguresOfInstitutions(db, ids, districtFigures, '$from', '$to'),
          ),
          captureAppSql(driver.dialect, (db) => listRollupStatesOf(db, ids)),
        ]).then(([a, b]) => [...a, ...b]);
        perCount.set(count, queries);
      }
      return queries;
    };
    type Query = { institution?: string; code?: string; except?: string; from: string; to: string };
    app.get<{ Querystring: Query }>('/floor/s4/dashboard', async (request) => {
      const { institution, from, to } = request.query;
      const values = new Map<string, unknown>([
        ['$institution', institution],
        ['$from', from],
        ['$to', to],
      ]);
      return { rows: await driver.all(bind(figures!, values)) };
    });
    app.get<{ Querystring: Query }>('/floor/s4/region', async (request) => {
      const { code, except, from, to } = request.query;
      const values = new Map<string, unknown>([
        ['$code', code],
        ['$code.%', `${code}.%`],
        ['$except', except],
        ['$from', from],
        ['$to', to],
      ]);
      const institutions = await driver.all<{ id: string }>(bind(within!, values));
      institutions.forEach((row, i) => values.set(`$id${i}`, row.id));
      const [figureRows, states] = await Promise.all(
        (await districtQueries(institutions.length)).map((q) => driver.all(bind(q, values))),
      );
      return { institutions, figures: figureRows, states };
    });
  },
  async run(ctx) {
    const target = resolveDatabaseTarget(ctx.target.databaseUrl || undefined, ctx.target.dataDir);
    const generatedAt = performance.now();
    const data = await generateS4Dataset(target, activitiesTotal, (message) => ctx.log(message));
    const ids = data.institutionIds;
    const generationSeconds = round((performance.now() - generatedAt) / 1000);
    const config = loadConfig({
      DATA_DIR: ctx.target.dataDir,
      DATABASE_URL: ctx.target.databaseUrl || undefined,
    });
    const { deps, handle } = await boot(config, { log: () => undefined, regions: 'without-villages' });
    try {
      const computeMs: number[] = [];
      for (const id of ids) {
        const t0 = performance.now();
        await refreshInstitutionRollup(deps, id);
        computeMs.push(performance.now() - t0);
      }
      const institutionStep = (n: number) =>
        getDashboard(deps, principalOf(ids[n % ids.length]!, 'manager'), period);
      const districtStep = () => readInstitutionRollups(deps.db, ids, period);
      await measure(1, institutionStep);
      await measure(1, districtStep);
      const institutionRounds: (LatencySummary & { cpuMsPerCall: number })[] = [];
      const districtRounds: (LatencySummary & { cpuMsPerCall: number })[] = [];
      for (let r = 0; r < ctx.repeats; r += 1) {
        institutionRounds.push(await measure(ctx.seconds, institutionStep));
        districtRounds.push(await measure(ctx.seconds, districtStep));
      }
      const withCpu = (rounds: (LatencySummary & { cpuMsPerCall: number })[]) => ({
        ...medianSummary(rounds),
        cpuMsPerCall: median(rounds.map((r) => r.cpuMsPerCall)),
      });
      const inProcess = { institution: withCpu(institutionRounds), district: withCpu(districtRounds) };
      const compute = { medianMs: round(median(computeMs)), maxMs: round(Math.max(...computeMs)) };
      ctx.log(
        `    in process: institution p95 ${inProcess.institution.p95Ms} ms (${inProcess.institution.cpuMsPerCall} ms CPU a call); district p95 ${inProcess.district.p95Ms} ms (${inProcess.district.cpuMsPerCall} ms CPU); recompute median ${compute.medianMs} ms`,
      );

      const supervisorPrincipal = principalOf(data.supervisor.institutionId, 'supervisor', [
        data.supervisor.supervisedRegion,
      ]);
      const app = await startServer('app', ctx.target);
      const floor = await startServer('floor', ctx.target).catch(async (error: unknown) => {
        await app.stop();
        throw error;
      });
      let institution: Comparison;
      let district: Comparison;
      let institutionsInDistrict: number;
      try {
        const managerRequests: { path: string; headers: Record<string, string> }[] = [];
        const floorRequests: { path: string }[] = [];
        for (const manager of data.managers) {
          const headers = { cookie: await signIn(app.baseUrl, manager.email, benchPassword) };
          const path = `/api/v1/reports/dashboard?${periodQuery}`;
          // Signing in wrote an audit row, so this first read recomputes; the in-process answer after it must match.
          const answer = await getJson(`${app.baseUrl}${path}`, headers);
          const expected = await getDashboard(deps, principalOf(manager.institutionId, 'manager'), period);
          if (!isDeepStrictEqual(answer, asJson(expected)))
            throw new Error(`S4: the dashboard of ${manager.email} differs from the in-process one`);
          const floorPath = `/floor/s4/dashboard?institution=${manager.institutionId}&${periodQuery}`;
          const floorRows = (await getJson<{ rows: unknown[] }>(`${floor.baseUrl}${floorPath}`)).rows;
          const appRows = await listInstitutionFigures(
            deps.db,
            manager.institutionId,
            period.from,
            period.to,
          );
          if (floorRows.length === 0 || floorRows.length !== appRows.length)
            throw new Error(`S4 floor and app read different figure rows for ${manager.email}`);
          managerRequests.push({ path, headers });
          floorRequests.push({ path: floorPath });
        }
        const supervisorHeaders = {
          cookie: await signIn(app.baseUrl, data.supervisor.email, benchPassword),
        };
        const regionPath = `/api/v1/reports/region?code=${data.districtCode}&${periodQuery}`;
        const regionAnswer = await getJson<{ institutions: { id: string }[] }>(
          `${app.baseUrl}${regionPath}`,
          supervisorHeaders,
        );
        const regionExpected = await getRegionReport(deps, supervisorPrincipal, {
          code: data.districtCode,
          ...period,
        });
        if (!isDeepStrictEqual(regionAnswer, asJson(regionExpected)))
          throw new Error('S4: the district roll-up differs from the in-process one');
        institutionsInDistrict = regionAnswer.institutions.length;
        if (!ids.every((id) => regionAnswer.institutions.some((i) => i.id === id)))
          throw new Error('S4: the district roll-up misses some of the 70 institutions');
        const floorRegionPath = `/floor/s4/region?code=${data.districtCode}&except=${data.supervisor.institutionId}&${periodQuery}`;
        const floorRegion = await getJson<{ institutions: { id: string }[]; figures: unknown[] }>(
          `${floor.baseUrl}${floorRegionPath}`,
        );
        const regionIds = regionAnswer.institutions.map((i) => i.id);
        const expectedFigureRows = await listFiguresOfInstitutions(
          deps.db,
          regionIds,
          districtFigures,
          period.from,
          period.to,
        );
        if (
          floorRegion.institutions.map((i) => i.id).join() !== regionIds.join() ||
          floorRegion.figures.length !== expectedFigureRows.length
        )
          throw new Error('S4 floor and app disagree on the district roll-up');

        institution = await compareWithFloor(
          { baseUrl: app.baseUrl, plan: rotate(managerRequests) },
          { baseUrl: floor.baseUrl, plan: rotate(floorRequests) },
          ctx,
        );
        district = await compareWithFloor(
          { baseUrl: app.baseUrl, plan: () => ({ path: regionPath, headers: supervisorHeaders }) },
          { baseUrl: floor.baseUrl, plan: () => ({ path: floorRegionPath }) },
          ctx,
        );
      } finally {
        await app.stop();
        await floor.stop();
      }
      const peakRssMb = { app: app.peakRssMb(), floor: floor.peakRssMb() };
      ctx.log(`    ${line('institution', institution)}`);
      ctx.log(`    ${line('district', district)}`);
      const institutionP95 = institution.singleClient.app.p95Ms;
      const districtP95 = district.singleClient.app.p95Ms;
      const checks = [
        check('institution dashboard, 1 client: p95', '≤ 20 ms', institutionP95, ' ms', institutionP95 <= 20),
        check('district roll-up, 1 client: p95', '≤ 50 ms', districtP95, ' ms', districtP95 <= 50),
      ];
      return {
        id: 'S4',
        name: scenario.name,
        dialect: ctx.dialect,
        size: ctx.size,
        target: 'institution p95 ≤ 20 ms; district p95 ≤ 50 ms',
        figures: {
          institution,
          district,
          peakRssMb,
          inProcess,
          recomputePerInstitution: compute,
          generationSeconds,
          institutions: ids.length,
          institutionsInDistrict,
          activities: activitiesTotal,
        },
        checks,
        met: allMet(checks),
        notes: [
          `Over HTTP: GET /reports/dashboard as ${data.managers.length} institutions' managers in turn, and GET /reports/region?code=${data.districtCode} as a supervisor of province 63 (${institutionsInDistrict} institutions); the targets are read from one client's p95, the 20-client figures are queueing. Floor: the same rollup_figures select (and, for the district, the institutions and states selects) through the raw driver.`,
          `Every answer equals the use case's called in the benchmark process. In process (no HTTP, one call at a time): institution p95 ${inProcess.institution.p95Ms} ms, ${inProcess.institution.cpuMsPerCall} ms CPU a call; district p95 ${inProcess.district.p95Ms} ms, ${inProcess.district.cpuMsPerCall} ms CPU a call (the bench process's own CPU: the database work of SQLite, the driver's of PostgreSQL).`,
          `Recomputing one institution (~${Math.round(activitiesTotal / ids.length / 100) / 10}k activities) from the base tables: median ${compute.medianMs} ms, max ${compute.maxMs} ms (the refresher's and a stale dashboard's cost).`,
        ],
      };
    } finally {
      await handle.close();
    }
  },
};
