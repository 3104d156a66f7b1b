import type { Db } from '../../db/database';

/**
 * What an evidence pack reads, each query scoped to the institution; the rows the laporan monev
 * reads as well come through the monev-report module.
 */

const partnershipColumns = ['id', 'name', 'programme', 'stage', 'created_at'] as const;

export function findPartnership(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('partnerships')
    .select(partnershipColumns)
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnershipId)
    .executeTakeFirst();
}

/** The programme compared without regard to case, as the partnerships list filters it. */
export function listPartnershipsOfProgramme(db: Db, institutionId: string, programme: string) {
  return db
    .selectFrom('partnerships')
    .select(partnershipColumns)
    .where('institution_id', '=', institutionId)
    .where((eb) => eb(eb.fn('lower', ['programme']), '=', programme.toLowerCase()))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function listWorkPlans(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('work_plans')
    .select(['id', 'title', 'cycle_year', 'status', 'approved_at', 'approved_by_name'])
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('cycle_year')
    .orderBy('id')
    .execute();
}

export function listActivities(db: Db, institutionId: string, partnershipId: string) {
  return (
    db
      .selectFrom('activities')
      .select(['id', 'title', 'status', 'started_on', 'ended_on', 'actual_quantity', 'outcome_kind'])
      .where('institution_id', '=', institutionId)
      .where('partnership_id', '=', partnershipId)
      // Not yet started last on both databases (SQLite sorts nulls first, PostgreSQL last).
      .orderBy((eb) => eb('started_on', 'is', null))
      .orderBy('started_on')
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  );
}

export function listEvidenceFiles(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('activity_evidence')
    .innerJoin('activities', 'activities.id', 'activity_evidence.activity_id')
    .innerJoin('files', 'files.id', 'activity_evidence.file_id')
    .select([
      'activity_evidence.activity_id',
      'activity_evidence.kind',
      'files.original_name',
      'files.storage_key',
      'files.size_bytes',
    ])
    .where('activity_evidence.institution_id', '=', institutionId)
    .where('activities.institution_id', '=', institutionId)
    .where('files.institution_id', '=', institutionId)
    .where('activities.partnership_id', '=', partnershipId)
    .orderBy('activity_evidence.created_at')
    .orderBy('activity_evidence.id')
    .execute();
}

export function listEvaluations(db: Db, institutionId: string, partnershipId: string) {
  return db
    .selectFrom('evaluations')
    .select(['id', 'cycle_year'])
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .orderBy('cycle_year')
    .execute();
}
