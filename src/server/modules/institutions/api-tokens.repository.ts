import type { Insertable, Selectable } from 'kysely';
import { compiledOnce, firstRowOf } from '../../db/compiled-once';
import type { Db } from '../../db/database';
import type { ApiTokensTable } from '../../db/schema';

export type ApiTokenRow = Selectable<ApiTokensTable> & { owner_name: string };

export async function insertApiTokenRow(db: Db, row: Insertable<ApiTokensTable>): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

export function listApiTokenRows(db: Db, institutionId: string): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select('users.name as owner_name')
    .where('api_tokens.institution_id', '=', institutionId)
    .orderBy('api_tokens.id', 'desc')
    .limit(500)
    .execute();
}

export function findApiTokenRow(db: Db, institutionId: string, id: string): Promise<ApiTokenRow | undefined> {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select('users.name as owner_name')
    .where('api_tokens.institution_id', '=', institutionId)
    .where('api_tokens.id', '=', id)
    .executeTakeFirst();
}

export async function revokeApiTokenRow(
  db: Db,
  institutionId: string,
  id: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

const liveTokenWithUser = compiledOnce(['tokenHash'], (db, _dialect, markers) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.last_used_at',
      'users.id as user_id',
      'users.institution_id',
      'users.name',
      'users.email',
      'users.role',
      'users.locale',
    ])
    .where('api_tokens.token_hash', '=', markers.tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.disabled_at', 'is', null),
);

/**
 * A live token with its user, only while the token is not revoked and the user not disabled. Every
 * request with a token runs it, so its text is compiled once (ADR 0040).
 */
export function findLiveTokenWithUser(db: Db, tokenHash: string) {
  return firstRowOf(db, liveTokenWithUser(db, { tokenHash }));
}

export async function touchApiTokenRow(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}
