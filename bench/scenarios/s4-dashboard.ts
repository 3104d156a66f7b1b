import { boot } from '../../src/server/boot';
import { loadConfig } from '../../src/server/config/config';
import { stepStages } from '../../src/shared/domain/partnership-stages';
import type { Principal } from '../../src/server/platform/auth/principal';
import { newId } from '../../src/server/platform/ids';
import {
  getDashboard,
  readInstitutionRollups,
  refreshInstitutionRollup,
} from '../../src/server/modules/reports/index';
import { openPostgresWriter, openSqliteWriter, type Row } from '../generators/bulk-writer';
import { median, percentile, round, type LatencySummary } from '../measure';
import { allMet, check, type Scenario } from '../scenario';
import { resolveDatabaseTarget } from '../../src/server/config/config';

const institutionCount = 70;
const activitiesTotal = 1_000_000;
const partnershipsPerInstitution = 20;
const itemsPerPlan = 10;
const statuses = ['done', 'done', 'done', 'in_progress', 'planned', 'cancelled'];
const outcomes = [
  'learners_trained',
  'graduates_hired',
  'internship_places',
  'guest_instructor_hours',
  'other',
  null,
];

/** A small deterministic generator: the same data set every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

const day = (offset: number) =>
  new Date(Date.parse('2025-01-01T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);

/** 70 institutions with 1M activities between them, written straight into the tables (not a test: no audit). */
async function generate(target: ReturnType<typeof resolveDatabaseTarget>, log: (m: string) => void) {
  const writer =
    target.dialect === 'postgres'
      ? await openPostgresWriter(target.connectionString)
      : openSqliteWriter(target.filename);
  const rng = prng(4);
  const ids: string[] = [];
  const now = '2026-11-01T00:00:00.000Z';
  try {
    const perInstitution = Math.ceil(activitiesTotal / institutionCount);
    for (let i = 0; i < institutionCount; i += 1) {
      const id = newId();
      ids.push(id);
      const partnerships: Row[] = [];
      const events: Row[] = [];
      const plans: Row[] = [];
      const items: Row[] = [];
      const activities: Row[] = [];
      for (let p = 0; p < partnershipsPerInstitution; p += 1) {
        const partnershipId = newId();
        const stage = rng.pick([...stepStages]);
        partnerships.push({
          id: partnershipId,
          institution_id: id,
          name: `Kemitraan ${p}`,
          programme: 'PKW',
          pattern: 'general_trade',
          facilitator_user_id: null,
          cycle_years_json: '[2026]',
          stage,
          stage_changed_at: now,
          version: 1,
          created_at: now,
          updated_at: now,
        });
        events.push({
          id: newId(),
          institution_id: id,
          partnership_id: partnershipId,
          from_stage: null,
          to_stage: stage,
          gate: null,
          facts_json: '{}',
          reason: 'bench',
          by_user_id: null,
          at: now,
          entered: 1,
        });
        const planId = newId();
        plans.push({
          id: planId,
          institution_id: id,
          partnership_id: partnershipId,
          cycle_year: 2026,
          title: 'Rencana',
          status: 'agreed',
          approved_at: null,
          approved_by_name: null,
          approved_by_position: null,
          version: 1,
          created_by_user_id: null,
          created_at: now,
          updated_at: now,
        });
        for (let k = 0; k < itemsPerPlan; k += 1) {
          const start = rng.int(0, 650);
          items.push({
            id: newId(),
            institution_id: id,
            work_plan_id: planId,
            position: k,
            activity: `Butir ${k}`,
            objective: 'Tujuan',
            responsible_party: 'institution',
            responsible_person: null,
            starts_on: day(start),
            ends_on: day(start + rng.int(5, 60)),
            budget_rupiah: 0,
            institution_contribution_rupiah: 0,
            partner_contribution_rupiah: 0,
            target_quantity: 10,
            target_unit: 'orang',
            target_description: 'peserta',
            institution_aspiration: null,
            partner_aspiration: null,
            evaluation_note: null,
          });
        }
      }
      for (
        let n = 0;
        n < perInstitution && ids.length * perInstitution - perInstitution + n < activitiesTotal;
        n += 1
      ) {
        const p = rng.int(0, partnershipsPerInstitution - 1);
        const item = rng.int(0, 5) === 0 ? null : items[p * itemsPerPlan + rng.int(0, itemsPerPlan - 1)]!;
        const status = rng.pick(statuses);
        const started = rng.int(0, 680);
        activities.push({
          id: newId(),
          institution_id: id,
          partnership_id: partnerships[p]!.id,
          work_plan_id: item ? item.work_plan_id : null,
          work_plan_item_id: item ? item.id : null,
          title: 'Kegiatan',
          status,
          carried_out_by: 'institution',
          started_on: status === 'done' ? day(started) : null,
          ended_on: status === 'done' ? day(started + rng.int(0, 20)) : null,
          actual_quantity: rng.int(0, 30),
          outcome_kind: rng.pick(outcomes),
          outputs: null,
          notes: null,
          institution_spent_rupiah: 0,
          partner_spent_rupiah: 0,
          version: 1,
          created_by_user_id: null,
          created_at: now,
          updated_at: now,
        });
      }
      await writer.write({
        institutions: [
          {
            id,
            name: `LKP Bench ${i + 1}`,
            kind: 'LKP',
            npsn: null,
            address: null,
            region_code: '63.72',
            time_zone: 'WITA',
            operating_licence_number: null,
            operating_licence_issued_on: null,
            accreditation_body: null,
            accreditation_grade: null,
            accreditation_decree_number: null,
            accreditation_expires_on: null,
            unit_code: null,
            document_number_pattern: '{seq}/{kind}/{unit}/{month_roman}/{year}',
            document_locale: 'id',
            logo_file_id: null,
            version: 1,
            created_at: now,
            updated_at: now,
          },
        ],
        partnerships,
        partnership_stage_events: events,
        work_plans: plans,
        work_plan_items: items,
        activities,
      });
      if ((i + 1) % 10 === 0) log(`    ${i + 1} institutions written`);
    }
    await writer.finish();
  } finally {
    await writer.close();
  }
  return ids;
}

async function measure(seconds: number, step: (n: number) => Promise<unknown>): Promise<LatencySummary> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let n = 0; performance.now() < started + seconds * 1000; n += 1) {
    const t0 = performance.now();
    await step(n);
    latencies.push(performance.now() - t0);
  }
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    throughputPerSec: Math.round((sorted.length / (performance.now() - started)) * 1000),
  };
}

const medianOf = (rounds: LatencySummary[]): LatencySummary => ({
  requests: median(rounds.map((r) => r.requests)),
  p50Ms: median(rounds.map((r) => r.p50Ms)),
  p95Ms: median(rounds.map((r) => r.p95Ms)),
  p99Ms: median(rounds.map((r) => r.p99Ms)),
  throughputPerSec: median(rounds.map((r) => r.throughputPerSec)),
});

/**
 * S4 in the benchmark process (the use cases the routes call, without HTTP): 70 institutions with
 * 1M activities between them. The institution dashboard is getDashboard on a fresh roll-up (the
 * staleness check plus the stored figures); the district roll-up is readInstitutionRollups over all 70.
 */
export const scenario: Scenario = {
  id: 'S4',
  name: 'Dashboard for one institution, and the district roll-up over 1M activities (70 institutions)',
  needsDataset: false,
  async run(ctx) {
    const target = resolveDatabaseTarget(ctx.target.databaseUrl || undefined, ctx.target.dataDir);
    const generatedAt = performance.now();
    const ids = await generate(target, (message) => ctx.log(message));
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
      const principal = (institutionId: string): Principal => ({
        userId: 'bench',
        userName: 'Bench',
        email: 'bench@contoh.id',
        role: 'manager',
        locale: 'id',
        institutionId,
        supervisedRegionCodes: [],
        via: 'command',
        sessionId: null,
        csrfToken: null,
      });
      const period = { from: '2026-01', to: '2026-12' };
      const institutionStep = (n: number) => getDashboard(deps, principal(ids[n % ids.length]!), period);
      const districtStep = () => readInstitutionRollups(deps.db, ids, period);
      await measure(1, institutionStep);
      await measure(1, districtStep);
      const institutionRounds: LatencySummary[] = [];
      const districtRounds: LatencySummary[] = [];
      for (let r = 0; r < ctx.repeats; r += 1) {
        institutionRounds.push(await measure(ctx.seconds, institutionStep));
        districtRounds.push(await measure(ctx.seconds, districtStep));
      }
      const institution = medianOf(institutionRounds);
      const district = medianOf(districtRounds);
      const compute = { medianMs: round(median(computeMs)), maxMs: round(Math.max(...computeMs)) };
      ctx.log(
        `    institution p50 ${institution.p50Ms} / p95 ${institution.p95Ms} ms; district p50 ${district.p50Ms} / p95 ${district.p95Ms} ms; recompute median ${compute.medianMs} ms`,
      );
      const checks = [
        check('institution dashboard p95', '≤ 20 ms', institution.p95Ms, ' ms', institution.p95Ms <= 20),
        check('district roll-up p95', '≤ 50 ms', district.p95Ms, ' ms', district.p95Ms <= 50),
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
          recomputePerInstitution: compute,
          generationSeconds,
          institutions: ids.length,
          activities: activitiesTotal,
        },
        checks,
        met: allMet(checks),
        notes: [
          'Measured in the benchmark process through getDashboard and readInstitutionRollups (no HTTP); one call at a time.',
          `Recomputing one institution (~14.3k activities) from the base tables: median ${compute.medianMs} ms, max ${compute.maxMs} ms (the refresher's and a stale dashboard's cost).`,
        ],
      };
    } finally {
      await handle.close();
    }
  },
};
