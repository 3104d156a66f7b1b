import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { FeedbackRequestsTable } from '../../db/schema-care';

export interface FeedbackRequestRow {
  id: string;
  institution_id: string;
  partner_id: string;
  partner_name: string;
  facilitator_user_id: string | null;
  contact_id: string | null;
  contact_name: string | null;
  public_link_id: string | null;
  status: string;
  satisfaction: number | null;
  recommend: number | null;
  improve: string | null;
  comments: string | null;
  respondent_name: string | null;
  requested_by_user_id: string | null;
  requested_at: string;
  expires_at: string;
  answered_at: string | null;
  answer_ip_address: string | null;
  answer_user_agent: string | null;
  version: number;
}

export interface FeedbackListFilter {
  institutionId: string;
  partnerId?: string | undefined;
  /** sent and expired are told apart by the link's date against `now`. */
  status?: 'sent' | 'answered' | 'cancelled' | 'expired' | undefined;
  now: string;
  satisfaction?: number | undefined;
  /** Answered at or after this instant, and before `answeredBefore`. */
  answeredFrom?: string | undefined;
  answeredBefore?: string | undefined;
}

function selectRequests(db: Db) {
  return db
    .selectFrom('feedback_requests as f')
    .innerJoin('partners as p', (join) =>
      join.onRef('p.id', '=', 'f.partner_id').onRef('p.institution_id', '=', 'f.institution_id'),
    )
    .leftJoin('partner_contacts as c', (join) =>
      join.onRef('c.id', '=', 'f.contact_id').onRef('c.institution_id', '=', 'f.institution_id'),
    )
    .selectAll('f')
    .select(['p.name as partner_name', 'p.facilitator_user_id', 'c.name as contact_name']);
}

export function findPartnerRef(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
}

export function findContactRow(db: Db, institutionId: string, contactId: string) {
  return db
    .selectFrom('partner_contacts')
    .select(['id', 'partner_id', 'name', 'salutation', 'phone', 'whatsapp', 'consent_withdrawn_at'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', contactId)
    .executeTakeFirst();
}

export async function findInstitutionName(db: Db, institutionId: string): Promise<string> {
  const row = await db
    .selectFrom('institutions')
    .select('name')
    .where('id', '=', institutionId)
    .executeTakeFirst();
  return row?.name ?? '';
}

export async function insertFeedbackRequestRow(
  db: Db,
  row: Insertable<FeedbackRequestsTable>,
): Promise<void> {
  await db.insertInto('feedback_requests').values(row).execute();
}

export function findFeedbackRequestRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<FeedbackRequestRow | undefined> {
  return selectRequests(db)
    .where('f.institution_id', '=', institutionId)
    .where('f.id', '=', id)
    .executeTakeFirst();
}

/** False when the version is stale (another change came first). */
export async function updateFeedbackRequestRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<FeedbackRequestsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('feedback_requests')
    .set({ ...changes, version: version + 1 })
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listFeedbackRequestRows(
  db: Db,
  filter: FeedbackListFilter,
  page: { before: [string, string] | null; limit: number },
): Promise<FeedbackRequestRow[]> {
  let query = selectRequests(db).where('f.institution_id', '=', filter.institutionId);
  if (filter.partnerId) query = query.where('f.partner_id', '=', filter.partnerId);
  if (filter.status === 'expired')
    query = query.where('f.status', '=', 'sent').where('f.expires_at', '<=', filter.now);
  else if (filter.status === 'sent')
    query = query.where('f.status', '=', 'sent').where('f.expires_at', '>', filter.now);
  else if (filter.status) query = query.where('f.status', '=', filter.status);
  if (filter.satisfaction !== undefined)
    query = query.where('f.status', '=', 'answered').where('f.satisfaction', '=', filter.satisfaction);
  if (filter.answeredFrom)
    query = query.where('f.status', '=', 'answered').where('f.answered_at', '>=', filter.answeredFrom);
  if (filter.answeredBefore)
    query = query.where('f.status', '=', 'answered').where('f.answered_at', '<', filter.answeredBefore);
  if (page.before) {
    const [requestedAt, id] = page.before;
    query = query.where((eb) =>
      eb.or([
        eb('f.requested_at', '<', requestedAt),
        eb.and([eb('f.requested_at', '=', requestedAt), eb('f.id', '<', id)]),
      ]),
    );
  }
  return query
    .orderBy('f.requested_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

/** The answered requests of a partner since `since`, latest answer first. */
export function listAnsweredSince(
  db: Db,
  institutionId: string,
  partnerId: string,
  since: string,
): Promise<{ satisfaction: number | null; answered_at: string | null }[]> {
  return db
    .selectFrom('feedback_requests')
    .select(['satisfaction', 'answered_at'])
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .where('status', '=', 'answered')
    .where('answered_at', '>=', since)
    .orderBy('answered_at', 'desc')
    .execute();
}

export function findLatestAnswer(db: Db, institutionId: string, partnerId: string) {
  return db
    .selectFrom('feedback_requests')
    .select(['satisfaction', 'answered_at'])
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .where('status', '=', 'answered')
    .orderBy('answered_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** Requests made in [from, to) (instants), for the institution's figures. */
export function listRequestsMadeBetween(
  db: Db,
  institutionId: string,
  from: string,
  to: string,
): Promise<{ status: string; satisfaction: number | null; recommend: number | null }[]> {
  return db
    .selectFrom('feedback_requests')
    .select(['status', 'satisfaction', 'recommend'])
    .where('institution_id', '=', institutionId)
    .where('requested_at', '>=', from)
    .where('requested_at', '<', to)
    .execute();
}

/** Sent, unanswered requests made before `requestedBefore` whose link expires after `expiresAfter`. */
export function listUnansweredRows(
  db: Db,
  institutionId: string,
  range: { requestedBefore: string; expiresAfter: string },
): Promise<FeedbackRequestRow[]> {
  return selectRequests(db)
    .where('f.institution_id', '=', institutionId)
    .where('f.status', '=', 'sent')
    .where('f.requested_at', '<', range.requestedBefore)
    .where('f.expires_at', '>', range.expiresAfter)
    .orderBy('f.requested_at')
    .orderBy('f.id')
    .execute();
}
