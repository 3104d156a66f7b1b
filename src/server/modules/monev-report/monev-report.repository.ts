import type { Db } from '../../db/database';

/**
 * Everything the laporan monev reads, each query scoped to the institution. The evidence pack reads
 * the partnership's institution, partners, agreements and plan items through these same queries.
 * The evaluation and its own tables come through the evaluations module.
 */

export function findInstitution(db: Db, institutionId: string) {
  return db
    .selectFrom('institutions')
    .select(['name', 'address', 'time_zone'])
    .where('id', '=', institutionId)
    .executeTakeFirstOrThrow();
}

export function findPartnership(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('partnerships')
    .select(['id', 'name', 'programme', 'pattern'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnershipId)
    .executeTakeFirstOrThrow();
}

export async function listPartnerNames(db: Db, institutionId: string, partnershipId: string) {
  const rows = await db
    .selectFrom('partnership_partners')
    .innerJoin('partners', 'partners.id', 'partnership_partners.partner_id')
    .select('partners.name')
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partnership_partners.partnership_id', '=', partnershipId)
    .orderBy('partners.name')
    .execute();
  return rows.map((row) => row.name);
}

export function listAgreements(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('agreements')
    .select([
      'id',
      'kind',
      'subject',
      'status',
      'starts_on',
      'ends_on',
      'institution_number',
      'final_file_id',
    ])
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findWorkPlan(db: Db, institutionId: string, workPlanId: string) {
  return db
    .selectFrom('work_plans')
    .select(['id', 'title', 'cycle_year', 'status'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', workPlanId)
    .executeTakeFirst();
}

export function listWorkPlanItems(db: Db, institutionId: string, workPlanId: string) {
  return db
    .selectFrom('work_plan_items')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('work_plan_id', '=', workPlanId)
    .orderBy('position')
    .execute();
}

/** The cycle's activities: those against the plan, and the unplanned ones begun in the cycle year. */
export function listCycleActivities(
  db: Db,
  institutionId: string,
  partnershipId: string,
  workPlanId: string | null,
  cycleYear: number,
) {
  return (
    db
      .selectFrom('activities')
      .selectAll()
      .where('institution_id', '=', institutionId)
      .where('partnership_id', '=', partnershipId)
      .where((eb) => {
        const unplanned = eb.and([
          eb('work_plan_item_id', 'is', null),
          eb('started_on', '>=', `${cycleYear}-01-01`),
          eb('started_on', '<=', `${cycleYear}-12-31`),
        ]);
        return workPlanId ? eb.or([eb('work_plan_id', '=', workPlanId), unplanned]) : unplanned;
      })
      // Not yet started last on both databases (SQLite sorts nulls first, PostgreSQL last).
      .orderBy((eb) => eb('started_on', 'is', null))
      .orderBy('started_on')
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  );
}

export function listEvidence(db: Db, institutionId: string, activityIds: string[]) {
  if (activityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('activity_evidence')
    .innerJoin('files', 'files.id', 'activity_evidence.file_id')
    .select([
      'activity_evidence.activity_id',
      'activity_evidence.kind',
      'activity_evidence.caption',
      'activity_evidence.added_by_side',
      'files.original_name',
    ])
    .where('activity_evidence.institution_id', '=', institutionId)
    .where('activity_evidence.activity_id', 'in', activityIds)
    .orderBy('activity_evidence.created_at')
    .orderBy('activity_evidence.id')
    .execute();
}

export function listProblems(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('partnership_problems')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function listVisits(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('monitoring_visits')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('visited_on')
    .orderBy('id')
    .execute();
}
