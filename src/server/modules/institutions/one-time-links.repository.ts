import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { PasswordLinksTable, SetupTokensTable } from '../../db/schema';

export async function insertPasswordLinkRow(db: Db, row: Insertable<PasswordLinksTable>): Promise<void> {
  await db.insertInto('password_links').values(row).execute();
}

/** An unused, unexpired password link with the user and institution it is for. */
export function findUsablePasswordLink(db: Db, tokenHash: string, now: string) {
  return db
    .selectFrom('password_links')
    .innerJoin('users', 'users.id', 'password_links.user_id')
    .innerJoin('institutions', 'institutions.id', 'password_links.institution_id')
    .select([
      'password_links.id',
      'password_links.institution_id',
      'password_links.user_id',
      'users.name',
      'users.email',
      'users.disabled_at',
      'institutions.name as institution_name',
    ])
    .where('password_links.token_hash', '=', tokenHash)
    .where('password_links.used_at', 'is', null)
    .where('password_links.expires_at', '>', now)
    .executeTakeFirst();
}

/** Marks the link used; false when another request used it first. */
export async function usePasswordLinkRow(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('password_links')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function expirePasswordLinksOfUser(
  db: Db,
  institutionId: string,
  userId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('password_links')
    .set({ used_at: now })
    .where('institution_id', '=', institutionId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function insertSetupTokenRow(db: Db, row: Insertable<SetupTokensTable>): Promise<void> {
  await db.insertInto('setup_tokens').values(row).execute();
}

export async function useSetupTokenRow(db: Db, tokenHash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
