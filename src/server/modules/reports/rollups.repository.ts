import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { RollupFiguresTable, RollupStatesTable } from '../../db/schema';

export type RollupFigureRow = Insertable<RollupFiguresTable>;
export type RollupStateRow = Selectable<RollupStatesTable>;

/** Partners by category and by regency: one grouped query. */
export function countPartnersByCategoryAndRegency(db: Db, institutionId: string) {
  return db
    .selectFrom('partners')
    .select(['category', 'regency_code', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('institution_id', '=', institutionId)
    .groupBy(['category', 'regency_code'])
    .execute();
}

/** Distinct (partner, stage, pattern) of the institution's partnerships. */
export function listPartnerStagePatternRows(db: Db, institutionId: string) {
  return db
    .selectFrom('partnership_partners')
    .innerJoin('partnerships', 'partnerships.id', 'partnership_partners.partnership_id')
    .select(['partnership_partners.partner_id', 'partnerships.stage', 'partnerships.pattern'])
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partnerships.institution_id', '=', institutionId)
    .distinct()
    .execute();
}

export function listPartnershipStageRows(db: Db, institutionId: string) {
  return db
    .selectFrom('partnerships')
    .select(['id', 'stage'])
    .where('institution_id', '=', institutionId)
    .execute();
}

/** Every stage event, in order within each partnership. */
export function listStageEventRows(db: Db, institutionId: string) {
  return db
    .selectFrom('partnership_stage_events')
    .select(['partnership_id', 'to_stage', 'at'])
    .where('institution_id', '=', institutionId)
    .orderBy('partnership_id')
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Active agreements counted by end date (their shown status depends on today). */
export function countActiveAgreementsByEnd(db: Db, institutionId: string) {
  return db
    .selectFrom('agreements')
    .select(['ends_on', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'active')
    .groupBy('ends_on')
    .execute();
}

/** Activities grouped by what timeliness and outcomes read: far fewer rows than activities. */
export function groupActivityFacts(db: Db, institutionId: string) {
  return db
    .selectFrom('activities')
    .leftJoin('work_plan_items', (join) =>
      join
        .onRef('work_plan_items.id', '=', 'activities.work_plan_item_id')
        .on('work_plan_items.institution_id', '=', institutionId),
    )
    .select([
      'activities.status',
      'activities.ended_on',
      'work_plan_items.ends_on as planned_end',
      'activities.outcome_kind',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      (eb) => eb.fn.sum<number | string | null>('activities.actual_quantity').as('quantity'),
    ])
    .where('activities.institution_id', '=', institutionId)
    .where('activities.status', '!=', 'cancelled')
    .groupBy([
      'activities.status',
      'activities.ended_on',
      'work_plan_items.ends_on',
      'activities.outcome_kind',
    ])
    .execute();
}

/** Answered feedback by UTC hour (zones are whole hours, so the hour places it in a local month). */
export function groupAnsweredFeedback(db: Db, institutionId: string) {
  return db
    .selectFrom('feedback_requests')
    .select([
      sql<string>`substr(answered_at, 1, 13)`.as('hour'),
      'satisfaction',
      'recommend',
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'answered')
    .where('answered_at', 'is not', null)
    .groupBy([sql`substr(answered_at, 1, 13)`, 'satisfaction', 'recommend'])
    .execute();
}

export async function findMaxAuditSequence(db: Db, institutionId: string): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('sequence').as('max'))
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

export function findRollupState(db: Db, institutionId: string): Promise<RollupStateRow | undefined> {
  return db
    .selectFrom('rollup_states')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
}

/** Each institution's state beside its highest audit sequence, for the refresher's sweep. */
export async function listInstitutionFreshness(db: Db) {
  const rows = await db
    .selectFrom('institutions')
    .leftJoin('rollup_states', 'rollup_states.institution_id', 'institutions.id')
    .select([
      'institutions.id',
      'institutions.time_zone',
      'rollup_states.audit_sequence',
      'rollup_states.local_date',
      (eb) =>
        eb
          .selectFrom('audit_events')
          .select((inner) => inner.fn.max('audit_events.sequence').as('m'))
          .whereRef('audit_events.institution_id', '=', 'institutions.id')
          .as('max_sequence'),
    ])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    timeZone: row.time_zone,
    auditSequence: row.audit_sequence === null ? null : Number(row.audit_sequence),
    localDate: row.local_date,
    maxSequence: Number(row.max_sequence ?? 0),
  }));
}

export async function replaceRollupFigures(
  db: Db,
  institutionId: string,
  rows: RollupFigureRow[],
): Promise<void> {
  await db.deleteFrom('rollup_figures').where('institution_id', '=', institutionId).execute();
  // Five columns a row stays well under both dialects' bound-parameter limits.
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('rollup_figures')
      .values(rows.slice(i, i + 1000))
      .execute();
  }
}

export async function upsertRollupState(db: Db, state: Insertable<RollupStatesTable>): Promise<void> {
  await db
    .insertInto('rollup_states')
    .values(state)
    .onConflict((oc) =>
      oc.column('institution_id').doUpdateSet({
        audit_sequence: state.audit_sequence,
        local_date: state.local_date,
        computed_at: state.computed_at,
      }),
    )
    .execute();
}

export function listInstitutionFigures(db: Db, institutionId: string, from: string, to: string) {
  return db
    .selectFrom('rollup_figures')
    .select(['figure', 'dimension', 'month', 'value'])
    .where('institution_id', '=', institutionId)
    .where((eb) => eb.or([eb('month', '=', ''), eb.between('month', from, to)]))
    .execute();
}

/** The district roll-up's figures of many institutions: one query. */
export function listFiguresOfInstitutions(
  db: Db,
  institutionIds: string[],
  figures: string[],
  from: string,
  to: string,
) {
  return db
    .selectFrom('rollup_figures')
    .select([
      'institution_id',
      'figure',
      'dimension',
      (eb) => eb.fn.sum<number | string>('value').as('value'),
    ])
    .where('institution_id', 'in', institutionIds)
    .where('figure', 'in', figures)
    .where((eb) => eb.or([eb('month', '=', ''), eb.between('month', from, to)]))
    .groupBy(['institution_id', 'figure', 'dimension'])
    .execute();
}

export function listRollupStatesOf(db: Db, institutionIds: string[]) {
  return db
    .selectFrom('rollup_states')
    .select(['institution_id', 'computed_at'])
    .where('institution_id', 'in', institutionIds)
    .execute();
}

export function findInstitutionName(db: Db, institutionId: string) {
  return db
    .selectFrom('institutions')
    .select(['id', 'name', 'time_zone'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
}

/** Names of regencies, for the by-region slices. */
export function listRegionNames(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('regions').select(['code', 'name']).where('code', 'in', codes).execute();
}
