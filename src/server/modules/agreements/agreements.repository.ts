import type { Insertable, Selectable, Updateable } from 'kysely';
import { containsText } from '../../db/contains-text';
import type { Db } from '../../db/database';
import type {
  AgreementCommentsTable,
  AgreementsTable,
  AgreementVersionsTable,
  InstitutionsTable,
} from '../../db/schema';
import { updateVersionedRow } from '../../db/update-versioned-row';

export type AgreementRow = Selectable<AgreementsTable>;
export type AgreementListRow = AgreementRow & { partnership_name: string; partner_name: string };
export type AgreementVersionRow = Selectable<AgreementVersionsTable>;
export type AgreementCommentRow = Selectable<AgreementCommentsTable>;
export type InstitutionRow = Selectable<InstitutionsTable>;

/** More than one partnership ever signs; keeps one answer bounded. */
const maxAgreementsPerPartnership = 200;
const maxVersions = 1000;
const maxComments = 1000;

export async function insertAgreementRow(db: Db, row: Insertable<AgreementsTable>): Promise<void> {
  await db.insertInto('agreements').values(row).execute();
}

function withNames(db: Db) {
  return db
    .selectFrom('agreements')
    .innerJoin('partnerships', 'partnerships.id', 'agreements.partnership_id')
    .innerJoin('partners', 'partners.id', 'agreements.partner_id')
    .selectAll('agreements')
    .select(['partnerships.name as partnership_name', 'partners.name as partner_name']);
}

export function findAgreementRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<AgreementListRow | undefined> {
  return withNames(db)
    .where('agreements.institution_id', '=', institutionId)
    .where('agreements.id', '=', id)
    .executeTakeFirst();
}

export interface AgreementListFilter {
  storedStatus?: string;
  endsOnFrom?: string;
  endsOnTo?: string;
  kind?: string;
  partnershipId?: string;
  partnerId?: string;
  q?: string;
  after: [string, string] | null;
  limit: number;
}

/** Newest change first; `after` is the (updated_at, id) of the last row of the previous page. */
export function listAgreementRows(
  db: Db,
  institutionId: string,
  filter: AgreementListFilter,
): Promise<AgreementListRow[]> {
  let query = withNames(db).where('agreements.institution_id', '=', institutionId);
  if (filter.storedStatus) query = query.where('agreements.status', '=', filter.storedStatus);
  if (filter.endsOnFrom) query = query.where('agreements.ends_on', '>=', filter.endsOnFrom);
  if (filter.endsOnTo) query = query.where('agreements.ends_on', '<=', filter.endsOnTo);
  if (filter.kind) query = query.where('agreements.kind', '=', filter.kind);
  if (filter.partnershipId) query = query.where('agreements.partnership_id', '=', filter.partnershipId);
  if (filter.partnerId) query = query.where('agreements.partner_id', '=', filter.partnerId);
  if (filter.q) {
    const text = filter.q;
    query = query.where((eb) =>
      eb.or([
        containsText(eb.ref('agreements.subject'), text),
        containsText(eb.ref('agreements.institution_number'), text),
        containsText(eb.ref('partners.name'), text),
      ]),
    );
  }
  if (filter.after) {
    const [updatedAt, id] = filter.after;
    query = query.where((eb) =>
      eb.or([
        eb('agreements.updated_at', '<', updatedAt),
        eb.and([eb('agreements.updated_at', '=', updatedAt), eb('agreements.id', '<', id)]),
      ]),
    );
  }
  return query
    .orderBy('agreements.updated_at', 'desc')
    .orderBy('agreements.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export function listPartnershipAgreementRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<AgreementListRow[]> {
  return withNames(db)
    .where('agreements.institution_id', '=', institutionId)
    .where('agreements.partnership_id', '=', partnershipId)
    .orderBy('agreements.created_at')
    .orderBy('agreements.id')
    .limit(maxAgreementsPerPartnership)
    .execute();
}

export async function listChildAgreementIds(
  db: Db,
  institutionId: string,
  parentId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('agreements')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('parent_agreement_id', '=', parentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

export function updateAgreementRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<AgreementsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'agreements', { institutionId, id, version }, changes);
}

export async function deleteAgreementRows(db: Db, institutionId: string, id: string): Promise<void> {
  await db
    .deleteFrom('agreement_comments')
    .where('institution_id', '=', institutionId)
    .where('agreement_id', '=', id)
    .execute();
  await db
    .deleteFrom('agreement_versions')
    .where('institution_id', '=', institutionId)
    .where('agreement_id', '=', id)
    .execute();
  await db
    .deleteFrom('agreements')
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export async function countAgreementRows(
  db: Db,
  institutionId: string,
  partnershipId: string,
  storedStatus?: string,
): Promise<number> {
  let query = db
    .selectFrom('agreements')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId);
  if (storedStatus) query = query.where('status', '=', storedStatus);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertVersionRow(db: Db, row: Insertable<AgreementVersionsTable>): Promise<void> {
  await db.insertInto('agreement_versions').values(row).execute();
}

export function findVersionRow(
  db: Db,
  institutionId: string,
  agreementId: string,
  number: number,
): Promise<AgreementVersionRow | undefined> {
  return db
    .selectFrom('agreement_versions')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('agreement_id', '=', agreementId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function listVersionRows(
  db: Db,
  institutionId: string,
  agreementId: string,
): Promise<(AgreementVersionRow & { created_by_name: string | null })[]> {
  return db
    .selectFrom('agreement_versions')
    .leftJoin('users', 'users.id', 'agreement_versions.created_by_user_id')
    .selectAll('agreement_versions')
    .select('users.name as created_by_name')
    .where('agreement_versions.institution_id', '=', institutionId)
    .where('agreement_versions.agreement_id', '=', agreementId)
    .orderBy('agreement_versions.number', 'desc')
    .limit(maxVersions)
    .execute();
}

/**
 * Takes the next number of the year. The upsert holds the counter row's lock until the
 * transaction ends, so two requests at once never read the same sequence (SQLite has one writer).
 */
export async function takeNextSequence(db: Db, institutionId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('agreement_number_counters')
    .values({ institution_id: institutionId, year, last_sequence: 1 })
    .onConflict((oc) =>
      oc
        .columns(['institution_id', 'year'])
        .doUpdateSet((eb) => ({ last_sequence: eb('agreement_number_counters.last_sequence', '+', 1) })),
    )
    .returning('last_sequence')
    .executeTakeFirstOrThrow();
  return Number(row.last_sequence);
}

export async function insertCommentRow(db: Db, row: Insertable<AgreementCommentsTable>): Promise<void> {
  await db.insertInto('agreement_comments').values(row).execute();
}

export function listCommentRows(
  db: Db,
  institutionId: string,
  agreementId: string,
): Promise<AgreementCommentRow[]> {
  return db
    .selectFrom('agreement_comments')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('agreement_id', '=', agreementId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(maxComments)
    .execute();
}

export function findCommentRow(
  db: Db,
  institutionId: string,
  agreementId: string,
  id: string,
): Promise<AgreementCommentRow | undefined> {
  return db
    .selectFrom('agreement_comments')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('agreement_id', '=', agreementId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setCommentResolved(
  db: Db,
  institutionId: string,
  id: string,
  resolvedAt: string | null,
): Promise<void> {
  await db
    .updateTable('agreement_comments')
    .set({ resolved_at: resolvedAt })
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

/** The agreement id behind a public link's subject, whatever the institution (the link decides that). */
export function findAgreementInstitutionId(
  db: Db,
  id: string,
): Promise<{ institution_id: string } | undefined> {
  return db.selectFrom('agreements').select('institution_id').where('id', '=', id).executeTakeFirst();
}

export function findInstitutionRow(db: Db, institutionId: string): Promise<InstitutionRow | undefined> {
  return db.selectFrom('institutions').selectAll().where('id', '=', institutionId).executeTakeFirst();
}

export async function findUserName(db: Db, institutionId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('name')
    .where('institution_id', '=', institutionId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.name ?? null;
}

export async function findFileSize(db: Db, institutionId: string, fileId: string): Promise<number | null> {
  const row = await db
    .selectFrom('files')
    .select('size_bytes')
    .where('institution_id', '=', institutionId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  return row ? Number(row.size_bytes) : null;
}
