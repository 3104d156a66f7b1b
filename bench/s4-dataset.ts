import type { DatabaseTarget } from '../src/server/config/config';
import { hashPassword } from '../src/server/platform/auth/password-hashing';
import { newId } from '../src/server/platform/ids';
import { stepStages } from '../src/shared/domain/partnership-stages';
import { openPostgresWriter, openSqliteWriter, type Row } from './generators/bulk-writer';
import { benchPassword } from './generators/generate-dataset';
import { institutionRow } from './generators/institution-row';

const institutionCount = 70;
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

export interface S4Dataset {
  institutionIds: string[];
  /** Managers of the first institutions, signing in with `benchPassword`. */
  managers: { institutionId: string; email: string }[];
  supervisor: { institutionId: string; email: string; supervisedRegion: string };
  /** The regency all 70 institutions lie in: the district the supervisor's roll-up asks for. */
  districtCode: string;
  activities: number;
}

const districtCode = '63.72';
const managerCount = 5;

function userRow(institutionId: string, email: string, role: string, passwordHash: string, now: string): Row {
  return {
    id: newId(),
    institution_id: institutionId,
    email,
    name: role === 'supervisor' ? 'Penilik Bench' : 'Pengelola Bench',
    role,
    locale: 'id',
    password_hash: passwordHash,
    disabled_at: null,
    last_login_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

/**
 * 70 institutions of one regency with `activitiesTotal` activities between them, written straight
 * into the tables (not a test: no audit), a manager in each of the first five and a supervisor of
 * the province in a dinas office, as the demo's penilik. Deterministic apart from the ids.
 */
export async function generateS4Dataset(
  target: DatabaseTarget,
  activitiesTotal: number,
  log: (m: string) => void,
): Promise<S4Dataset> {
  const writer =
    target.dialect === 'postgres'
      ? await openPostgresWriter(target.connectionString)
      : openSqliteWriter(target.filename);
  const rng = prng(4);
  const ids: string[] = [];
  const now = '2026-11-01T00:00:00.000Z';
  const passwordHash = await hashPassword(benchPassword);
  const managers: S4Dataset['managers'] = [];
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
      const manager =
        i < managerCount ? { institutionId: id, email: `pengelola.s4-${i + 1}@lkp-bench.contoh.id` } : null;
      if (manager) managers.push(manager);
      await writer.write({
        institutions: [
          institutionRow({ id, name: `LKP Bench ${i + 1}`, kind: 'LKP', regionCode: districtCode, at: now }),
        ],
        users: manager ? [userRow(id, manager.email, 'manager', passwordHash, now)] : [],
        partnerships,
        partnership_stage_events: events,
        work_plans: plans,
        work_plan_items: items,
        activities,
      });
      if ((i + 1) % 10 === 0) log(`    ${i + 1} institutions written`);
    }
    const office = newId();
    const supervisorId = newId();
    const supervisor = {
      institutionId: office,
      email: 'penilik.s4@dinas-bench.contoh.id',
      supervisedRegion: '63',
    };
    const supervisorRow = userRow(office, supervisor.email, 'supervisor', passwordHash, now);
    supervisorRow.id = supervisorId;
    await writer.write({
      institutions: [
        institutionRow({
          id: office,
          name: 'Dinas Pendidikan Provinsi Kalimantan Selatan (bench)',
          kind: 'other',
          regionCode: '63',
          at: now,
        }),
      ],
      users: [supervisorRow],
      supervised_regions: [
        { institution_id: office, user_id: supervisorId, region_code: supervisor.supervisedRegion },
      ],
    });
    await writer.finish();
    return { institutionIds: ids, managers, supervisor, districtCode, activities: activitiesTotal };
  } finally {
    await writer.close();
  }
}
