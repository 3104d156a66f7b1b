import { NoResultError } from 'kysely';
import { newId } from '../../src/server/platform/ids';
import { verifyAuditChain } from '../../src/server/platform/audit/verify-audit-chain';
import { readInstitutionRollups } from '../../src/server/modules/reports/index';
import {
  insertInteractionRow,
  listInteractionLinks,
  listInteractionRows,
} from '../../src/server/modules/engagement/interactions.repository';
import { startServer } from '../bench-server';
import { bind, captureAppSql, positional, type CapturedQuery, type FloorDriver } from '../floor-driver';
import { institutionMarker } from '../partner-floor';
import { runMixedLoad, Targets, type MixedLoadResult } from '../mixed-load';
import { allMet, check, type BenchContext, type Check, type Scenario } from '../scenario';
import { prepareS7Institutions, s7AppPlan, s7Clients, s7FloorPlan, s7ThinkMs } from '../s7-mix';
import { scenario as s1 } from './s1-partner-list';
import { scenario as s2 } from './s2-partner-search';
import { scenario as s3 } from './s3-partner-detail';

const interactionPage = 20;

/** The contact log's page and its links (captured per page length, as the IN list changes with it). */
async function registerInteractionFloors(
  app: Parameters<NonNullable<Scenario['registerFloor']>>[0],
  driver: FloorDriver,
) {
  const pageQuery = async (limit: number) =>
    (
      await captureAppSql(driver.dialect, (db) =>
        listInteractionRows(
          db,
          { institutionId: institutionMarker, partnerId: '$partner' },
          { before: null, limit },
        ),
      )
    )[0]!;
  const [page, exportPage] = await Promise.all([pageQuery(interactionPage), pageQuery(50_000)]);
  const links = new Map<number, Promise<CapturedQuery[]>>();
  const linksFor = (count: number) => {
    let queries = links.get(count);
    if (!queries) {
      const ids = Array.from({ length: count }, (_, i) => `$id${i}`);
      queries = captureAppSql(driver.dialect, (db) => listInteractionLinks(db, institutionMarker, ids));
      links.set(count, queries);
    }
    return queries;
  };
  const read = async (query: CapturedQuery, institution: string, partner: string) => {
    const values = new Map<string, unknown>([
      [institutionMarker, institution],
      ['$partner', partner],
    ]);
    const rows = (await driver.all<{ id: string }>(bind(query, values))).slice(0, interactionPage);
    rows.forEach((row, i) => values.set(`$id${i}`, row.id));
    const named =
      rows.length === 0
        ? []
        : await Promise.all((await linksFor(rows.length)).map((q) => driver.all(bind(q, values))));
    return { rows, named };
  };
  type Query = { Querystring: { institution: string; partner: string } };
  app.get<Query>('/interactions', async (request) => {
    const { rows, named } = await read(page, request.query.institution, request.query.partner);
    return { items: rows, named };
  });
  app.get<Query>('/export', async (request, reply) => {
    const values = new Map<string, unknown>([
      [institutionMarker, request.query.institution],
      ['$partner', request.query.partner],
    ]);
    const rows = await driver.all<Record<string, unknown>>(bind(exportPage, values));
    const lines = rows.map((row) => Object.values(row).map(String).join(','));
    return reply.type('text/csv').send(`\uFEFF${lines.join('\n')}\n`);
  });
  // The write: the interaction row as the app inserts it and its partner link, raw, no audit.
  // The capture driver answers no rows, so the insert's RETURNING (the app's answer) throws there.
  const [insert] = await captureAppSql(driver.dialect, (db) =>
    insertInteractionRow(db, {
      id: '$id',
      institution_id: institutionMarker,
      partnership_id: null,
      kind: 'visit',
      approach: 'personal',
      occurred_at: '$at',
      summary: 'Kunjungan ke bengkel mitra untuk menggali kebutuhan tenaga terampil.',
      finding_needs: 'Tenaga penjahit terlatih, 4 orang per tahun.',
      finding_offers: 'Tempat magang 2 orang per gelombang.',
      has_findings: 1,
      staff_user_ids_json: '[]',
      created_by_user_id: null,
      version: 1,
      created_at: '$at',
      updated_at: '$at',
    }).catch((error: unknown) => {
      if (!(error instanceof NoResultError)) throw error;
    }),
  );
  // Already `returning *`, as the app inserts it (better-sqlite3's `all` needs a statement that returns rows).
  const insertSql = insert!;
  const linkSql =
    'insert into interaction_partners (institution_id, interaction_id, partner_id) values (@institution, @id, @partner) returning partner_id';
  app.post<{ Body: { institution: string; partner: string } }>('/interactions', async (request) => {
    const id = newId();
    const values = new Map<string, unknown>([
      [institutionMarker, request.body.institution],
      ['$id', id],
      ['$at', new Date().toISOString()],
    ]);
    await driver.all(bind(insertSql, values));
    await driver.all(
      positional(driver.dialect, linkSql, {
        institution: request.body.institution,
        id,
        partner: request.body.partner,
      }),
    );
    return { id };
  });
  // The dashboard's stored figures, read as the app reads them, without the staleness check.
  const year = new Date().toISOString().slice(0, 4);
  const period = { from: `${year}-01`, to: new Date().toISOString().slice(0, 7) };
  const rollups = await captureAppSql(driver.dialect, (db) =>
    readInstitutionRollups(db, [institutionMarker], period),
  );
  app.get<{ Querystring: { institution: string } }>('/dashboard', async (request) => {
    const values = new Map<string, unknown>([[institutionMarker, request.query.institution]]);
    return Promise.all(rollups.map((q) => driver.all(bind(q, values))));
  });
}

/** Interactions and their audit rows in the institutions used, to compare with the answered writes. */
export async function countWrites(ctx: BenchContext, institutionIds: string[]) {
  const [interactions, audits] = await Promise.all([
    ctx.db
      .selectFrom('interactions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('institution_id', 'in', institutionIds)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'interaction.created')
      .where('institution_id', 'in', institutionIds)
      .executeTakeFirstOrThrow(),
  ]);
  return { interactions: Number(interactions.n), audits: Number(audits.n) };
}

export function describeMix(ctx: BenchContext, label: string, result: MixedLoadResult) {
  const o = result.overall;
  ctx.log(
    `    ${label}: p50 ${o.p50Ms} ms, p95 ${o.p95Ms} ms, p99 ${o.p99Ms} ms, ${o.throughputPerSec} req/s, ` +
      `${o.requests} answered, ${result.errors} error(s)`,
  );
  ctx.log(
    `      ${Object.entries(result.byKind)
      .map(([kind, s]) => `${kind} p95 ${s.p95Ms} ms (${s.requests})`)
      .join('; ')}`,
  );
  for (const sample of result.errorSamples.slice(0, 3)) ctx.log(`      error: ${sample}`);
}

/** The checks both S7 and S7M make after a run: targets, and nothing written lost or doubled. */
export async function s7Checks(
  ctx: BenchContext,
  result: MixedLoadResult,
  written: { interactions: number; audits: number },
  /** Other loads run between the two counts: their writes and errors count too, their latency not. */
  alsoRan: MixedLoadResult[] = [],
): Promise<{ checks: Check[]; auditChain: Awaited<ReturnType<typeof verifyAuditChain>> }> {
  const all = [result, ...alsoRan];
  const writes = all.reduce((n, r) => n + (r.answeredByKind.write ?? 0), 0);
  const lost = all.reduce((n, r) => n + r.writesLostInFlight, 0);
  const errors = all.reduce((n, r) => n + r.errors, 0);
  // A write whose connection died may have committed before its process did: it counts either way.
  const rowsMatch = (n: number) => n >= writes && n <= writes + lost;
  const auditChain = await verifyAuditChain(ctx.db);
  return {
    auditChain,
    checks: [
      check(
        `50 clients (${s7ThinkMs} ms think time): p95`,
        '≤ 50 ms',
        result.overall.p95Ms,
        ' ms',
        result.overall.p95Ms <= 50,
      ),
      check('errors', '0', errors, '', errors === 0),
      {
        label: 'interactions and audit rows written = answered writes',
        target: `= ${writes}${lost ? ` (+ ≤ ${lost} in flight at the kill)` : ''}`,
        value: `${written.interactions} and ${written.audits}`,
        met: rowsMatch(written.interactions) && written.audits === written.interactions,
      },
      {
        label: 'audit chain verifies',
        target: 'ok',
        value: auditChain.ok ? `ok (${auditChain.checked} rows)` : `broken at ${auditChain.sequence}`,
        met: auditChain.ok,
      },
    ],
  };
}

/**
 * quality-bars.md S7: 50 clients for `--s7-seconds`, 70% reads, 15% search, 10% writes, 5% dashboard
 * and export, spread over the institutions' managers, each pausing `s7ThinkMs` on average between
 * clicks (the target's p95 is judged here; ADR 0028); then the same clients in a closed loop for at
 * most 30 s, the capacity, compared with the floor's. Errors are counted, not fatal; afterwards the
 * rows written must equal the answered writes, one audit row each, and the audit chain must verify.
 */
export const scenario: Scenario = {
  id: 'S7',
  name: 'Mixed load: 50 clients, 70% reads, 15% search, 10% writes, 5% dashboard/export',
  needsDataset: true,
  async registerFloor(app, driver) {
    await app.register(
      async (scope) => {
        // The S1, S2 and S3 floors as they are, under this prefix so they may also run on their own.
        await s1.registerFloor!(scope, driver);
        await s2.registerFloor!(scope, driver);
        await s3.registerFloor!(scope, driver);
        await registerInteractionFloors(scope, driver);
      },
      { prefix: '/floor/s7' },
    );
  },
  async run(ctx) {
    const pacedMs = ctx.s7Seconds * 1000;
    const capacityMs = Math.min(ctx.s7Seconds, 30) * 1000;
    const app = await startServer('app', ctx.target);
    let stopped = false;
    try {
      const institutions = await prepareS7Institutions(ctx, app, s7Clients);
      const ids = institutions.map((i) => i.id);
      ctx.log(
        `    ${s7Clients} clients over ${institutions.length} institutions: ${ctx.s7Seconds} s with ` +
          `${s7ThinkMs} ms think time, then ${capacityMs / 1000} s in a closed loop, per side`,
      );
      const targets = new Targets([app.baseUrl]);
      await runMixedLoad(targets, s7AppPlan(institutions), { clients: 10, durationMs: 2000 });
      const before = await countWrites(ctx, ids);
      const appResult = await runMixedLoad(targets, s7AppPlan(institutions), {
        clients: s7Clients,
        durationMs: pacedMs,
        thinkMs: s7ThinkMs,
      });
      const appCapacity = await runMixedLoad(targets, s7AppPlan(institutions), {
        clients: s7Clients,
        durationMs: capacityMs,
      });
      const after = await countWrites(ctx, ids);
      describeMix(ctx, 'app', appResult);
      describeMix(ctx, 'app, closed loop', appCapacity);
      const appPeakRssMb = app.peakRssMb();
      // stop() waits for an exit event, so a second call on a killed child would never return.
      stopped = true;
      await app.stop();
      const written = {
        interactions: after.interactions - before.interactions,
        audits: after.audits - before.audits,
      };
      const { checks, auditChain } = await s7Checks(ctx, appResult, written, [appCapacity]);

      const floor = await startServer('floor', ctx.target);
      let floorResult: MixedLoadResult;
      let floorCapacity: MixedLoadResult;
      try {
        const floorTargets = new Targets([floor.baseUrl]);
        await runMixedLoad(floorTargets, s7FloorPlan(institutions), { clients: 10, durationMs: 2000 });
        floorResult = await runMixedLoad(floorTargets, s7FloorPlan(institutions), {
          clients: s7Clients,
          durationMs: pacedMs,
          thinkMs: s7ThinkMs,
        });
        floorCapacity = await runMixedLoad(floorTargets, s7FloorPlan(institutions), {
          clients: s7Clients,
          durationMs: capacityMs,
        });
      } finally {
        await floor.stop();
      }
      describeMix(ctx, 'floor', floorResult);
      describeMix(ctx, 'floor, closed loop', floorCapacity);
      const ratio =
        Math.round(
          (appCapacity.overall.throughputPerSec / Math.max(1, floorCapacity.overall.throughputPerSec)) * 1000,
        ) / 1000;
      ctx.log(`    closed-loop throughput app / floor: ${ratio}`);
      return {
        id: 'S7',
        name: scenario.name,
        dialect: ctx.dialect,
        size: ctx.size,
        target: `p95 ≤ 50 ms, 0 errors (50 clients, ${s7ThinkMs} ms think time, 5 minutes)`,
        figures: {
          seconds: ctx.s7Seconds,
          clients: s7Clients,
          thinkMs: s7ThinkMs,
          institutions: institutions.length,
          app: { ...appResult, peakRssMb: appPeakRssMb },
          floor: floorResult,
          closedLoop: { seconds: capacityMs / 1000, app: appCapacity, floor: floorCapacity },
          throughputRatio: ratio,
          written,
          auditRowsVerified: auditChain.checked,
        },
        checks,
        met: allMet(checks),
        notes: [
          'floor: S1, S2 (unindexed LIKE) and S3 floors, the contact log page and its links, a raw insert of the interaction and its link (no audit), the stored roll-up select',
        ],
      };
    } finally {
      if (!stopped) await app.stop();
    }
  },
};
