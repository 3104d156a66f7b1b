import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** Which partners a read covers: all of the institution's, one facilitator's, or named ones. */
export interface PartnerScope {
  institutionId: string;
  facilitatorUserId?: string | null;
  partnerIds?: string[] | null;
}

/** Nothing to read: a scope naming no partner. */
function scopeIsEmpty(scope: PartnerScope): boolean {
  return scope.partnerIds?.length === 0;
}

/**
 * The scope's partner ids as a subquery, so a read over the partners' facts binds the same few
 * parameters however many partners match (a list of ids broke past SQLite's 32,766 and
 * PostgreSQL's 65,535 bound parameters: an institution of 1,000,000 partners in the L benchmark).
 */
function partnerIdsOf(db: Db, scope: PartnerScope) {
  let query = db
    .selectFrom('partners')
    .select('partners.id')
    .where('partners.institution_id', '=', scope.institutionId);
  if (scope.facilitatorUserId)
    query = query.where('partners.facilitator_user_id', '=', scope.facilitatorUserId);
  if (scope.partnerIds) query = query.where('partners.id', 'in', scope.partnerIds);
  return query;
}

export function listCarePartnerRows(db: Db, scope: PartnerScope) {
  if (scopeIsEmpty(scope)) return Promise.resolve([]);
  let query = db
    .selectFrom('partners')
    .select([
      'id',
      'name',
      'category',
      'facilitator_user_id',
      'contact_cadence_days',
      'created_at',
      'version',
    ])
    .where('institution_id', '=', scope.institutionId);
  if (scope.facilitatorUserId) query = query.where('facilitator_user_id', '=', scope.facilitatorUserId);
  if (scope.partnerIds) query = query.where('id', 'in', scope.partnerIds);
  return query.orderBy('name').orderBy('id').execute();
}

export type CarePartnerRow = Awaited<ReturnType<typeof listCarePartnerRows>>[number];

/** The latest logged contact per partner (any interaction naming the partner). */
export function listLastContactRows(db: Db, scope: PartnerScope) {
  if (scopeIsEmpty(scope)) return Promise.resolve([]);
  const { institutionId } = scope;
  return db
    .selectFrom('interaction_partners')
    .innerJoin('interactions', 'interactions.id', 'interaction_partners.interaction_id')
    .select(['interaction_partners.partner_id', sql<string>`max(interactions.occurred_at)`.as('last_at')])
    .where('interaction_partners.institution_id', '=', institutionId)
    .where('interactions.institution_id', '=', institutionId)
    .where('interaction_partners.partner_id', 'in', partnerIdsOf(db, scope))
    .groupBy('interaction_partners.partner_id')
    .execute();
}

export function listPartnershipStageRows(db: Db, scope: PartnerScope) {
  if (scopeIsEmpty(scope)) return Promise.resolve([]);
  const { institutionId } = scope;
  return db
    .selectFrom('partnership_partners')
    .innerJoin('partnerships', 'partnerships.id', 'partnership_partners.partnership_id')
    .select(['partnership_partners.partner_id', 'partnerships.id as partnership_id', 'partnerships.stage'])
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partnerships.institution_id', '=', institutionId)
    .where('partnership_partners.partner_id', 'in', partnerIdsOf(db, scope))
    .execute();
}

export function listActiveAgreementRows(db: Db, scope: PartnerScope) {
  if (scopeIsEmpty(scope)) return Promise.resolve([]);
  return db
    .selectFrom('agreements')
    .select(['id', 'partner_id', 'kind', 'subject', 'ends_on', 'institution_number'])
    .where('institution_id', '=', scope.institutionId)
    .where('status', '=', 'active')
    .where('partner_id', 'in', partnerIdsOf(db, scope))
    .execute();
}

/** Answered satisfaction scores since `sinceIso`. */
export function listSatisfactionRows(db: Db, scope: PartnerScope, sinceIso: string) {
  if (scopeIsEmpty(scope)) return Promise.resolve([]);
  return db
    .selectFrom('feedback_requests')
    .select(['partner_id', 'satisfaction'])
    .where('institution_id', '=', scope.institutionId)
    .where('status', '=', 'answered')
    .where('satisfaction', 'is not', null)
    .where('answered_at', '>=', sinceIso)
    .where('partner_id', 'in', partnerIdsOf(db, scope))
    .execute();
}

/** Problems not solved, once per partner of the partnership they belong to. */
export function listOpenProblemRows(db: Db, scope: PartnerScope) {
  if (scopeIsEmpty(scope)) return Promise.resolve([]);
  const { institutionId } = scope;
  return db
    .selectFrom('partnership_problems')
    .innerJoin(
      'partnership_partners',
      'partnership_partners.partnership_id',
      'partnership_problems.partnership_id',
    )
    .select(['partnership_partners.partner_id', 'partnership_problems.due_on'])
    .where('partnership_problems.institution_id', '=', institutionId)
    .where('partnership_partners.institution_id', '=', institutionId)
    .where('partnership_problems.status', '!=', 'solved')
    .where('partnership_partners.partner_id', 'in', partnerIdsOf(db, scope))
    .execute();
}

/** Open follow-up tasks due on or before `today`, with the partners their interaction names. */
export function listDueFollowUpRows(db: Db, institutionId: string, today: string) {
  return db
    .selectFrom('interactions')
    .innerJoin('interaction_partners', 'interaction_partners.interaction_id', 'interactions.id')
    .innerJoin('partners', 'partners.id', 'interaction_partners.partner_id')
    .select([
      'interactions.id',
      'interactions.follow_up_task',
      'interactions.follow_up_due_on',
      'partners.id as partner_id',
      'partners.name as partner_name',
      'partners.facilitator_user_id',
    ])
    .where('interactions.institution_id', '=', institutionId)
    .where('interaction_partners.institution_id', '=', institutionId)
    .where('partners.institution_id', '=', institutionId)
    .where('interactions.follow_up_due_on', 'is not', null)
    .where('interactions.follow_up_done_at', 'is', null)
    .where('interactions.follow_up_due_on', '<=', today)
    .orderBy('interactions.id')
    .orderBy('partners.name')
    .execute();
}

export function listCareContactRows(db: Db, institutionId: string, partnerId: string) {
  return db
    .selectFrom('partner_contacts')
    .select(['id', 'name', 'position', 'preferences', 'sensitive_topics', 'consent_withdrawn_at'])
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function setPartnerCadence(
  db: Db,
  key: { institutionId: string; partnerId: string },
  days: number | null,
  now: string,
) {
  return db
    .updateTable('partners')
    .set((eb) => ({ contact_cadence_days: days, updated_at: now, version: eb('version', '+', 1) }))
    .where('institution_id', '=', key.institutionId)
    .where('id', '=', key.partnerId)
    .execute();
}
