import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { updateVersionedRow } from '../../db/update-versioned-row';
import type { UsersTable } from '../../db/schema';

export type UserRow = Selectable<UsersTable>;

export function findUserRowByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findUserRow(db: Db, institutionId: string, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listUserRows(
  db: Db,
  institutionId: string,
  filter: {
    role?: string | undefined;
    status?: 'active' | 'invited' | 'disabled' | undefined;
    after: [string, string] | null;
    limit: number;
  },
): Promise<UserRow[]> {
  let query = db.selectFrom('users').selectAll().where('institution_id', '=', institutionId);
  if (filter.role) query = query.where('role', '=', filter.role);
  if (filter.status === 'disabled') query = query.where('disabled_at', 'is not', null);
  if (filter.status === 'invited')
    query = query.where('disabled_at', 'is', null).where('password_hash', 'is', null);
  if (filter.status === 'active')
    query = query.where('disabled_at', 'is', null).where('password_hash', 'is not', null);
  if (filter.after) {
    const [name, id] = filter.after;
    query = query.where((eb) =>
      eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]),
    );
  }
  return query
    .orderBy('name')
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
}

export async function insertUserRow(db: Db, row: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export function updateUserRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<UsersTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'users', { institutionId, id, version }, changes);
}

export async function setUserPasswordHash(
  db: Db,
  institutionId: string,
  id: string,
  passwordHash: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, updated_at: now, version: eb('version', '+', 1) }))
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export async function setUserLastLogin(
  db: Db,
  institutionId: string,
  id: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ last_login_at: now })
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export async function listSupervisedRegionCodes(
  db: Db,
  institutionId: string,
  userIds: string[],
): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('supervised_regions')
    .select(['user_id', 'region_code'])
    .where('institution_id', '=', institutionId)
    .where('user_id', 'in', userIds)
    .orderBy('region_code')
    .execute();
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.region_code]);
  return byUser;
}

export async function replaceSupervisedRegionCodes(
  db: Db,
  institutionId: string,
  userId: string,
  codes: string[],
): Promise<void> {
  await db
    .deleteFrom('supervised_regions')
    .where('institution_id', '=', institutionId)
    .where('user_id', '=', userId)
    .execute();
  if (codes.length > 0) {
    await db
      .insertInto('supervised_regions')
      .values(
        [...new Set(codes)].map((region_code) => ({
          institution_id: institutionId,
          user_id: userId,
          region_code,
        })),
      )
      .execute();
  }
}

export async function setUserLocale(
  db: Db,
  institutionId: string,
  id: string,
  locale: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ locale, updated_at: now })
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}
