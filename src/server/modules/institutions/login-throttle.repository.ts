import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { LoginThrottleTable } from '../../db/schema';

export type LoginThrottleRow = Selectable<LoginThrottleTable>;

export function findThrottleRows(db: Db, keys: string[]): Promise<LoginThrottleRow[]> {
  return db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
}

export async function saveThrottleRow(db: Db, row: LoginThrottleRow): Promise<void> {
  await db
    .insertInto('login_throttle')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: row.failures,
        window_started_at: row.window_started_at,
        locked_until: row.locked_until,
      }),
    )
    .execute();
}

export async function deleteThrottleRow(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
