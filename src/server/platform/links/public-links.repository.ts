import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { PublicLinksTable } from '../../db/schema';

export type PublicLinkRow = Selectable<PublicLinksTable>;

export async function insertPublicLinkRow(db: Db, row: Insertable<PublicLinksTable>): Promise<void> {
  await db.insertInto('public_links').values(row).execute();
}

export function findPublicLinkRowByHash(db: Db, tokenHash: string): Promise<PublicLinkRow | undefined> {
  return db.selectFrom('public_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** False when another request used the link first. */
export async function markPublicLinkRowUsed(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('public_links')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokePublicLinkRows(
  db: Db,
  where: { institutionId: string; purpose: string; subjectId: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('public_links')
    .set({ revoked_at: now })
    .where('institution_id', '=', where.institutionId)
    .where('purpose', '=', where.purpose)
    .where('subject_id', '=', where.subjectId)
    .where('revoked_at', 'is', null)
    .where('used_at', 'is', null)
    .execute();
}

export function listPublicLinkRows(
  db: Db,
  where: { institutionId: string; purpose: string; subjectId: string },
): Promise<PublicLinkRow[]> {
  return db
    .selectFrom('public_links')
    .selectAll()
    .where('institution_id', '=', where.institutionId)
    .where('purpose', '=', where.purpose)
    .where('subject_id', '=', where.subjectId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
