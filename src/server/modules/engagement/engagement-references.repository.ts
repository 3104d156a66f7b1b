import type { Db } from '../../db/database';

/** Which of these partner ids are the institution's own (a foreign or missing one is absent). */
export async function findOwnPartnerIds(db: Db, institutionId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('partners')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}

export async function findOwnContacts(
  db: Db,
  institutionId: string,
  ids: string[],
): Promise<{ id: string; partner_id: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('partner_contacts')
    .select(['id', 'partner_id'])
    .where('institution_id', '=', institutionId)
    .where('id', 'in', ids)
    .execute();
}

export async function findOwnUserIds(db: Db, institutionId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}
