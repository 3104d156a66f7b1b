import type { Db } from '../../db/database';
import type { CalendarFeedsTable } from '../../db/schema';

export function findActiveCalendarFeed(db: Db, key: { institutionId: string; userId: string }) {
  return db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('institution_id', '=', key.institutionId)
    .where('user_id', '=', key.userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function revokeCalendarFeeds(
  db: Db,
  key: { institutionId: string; userId: string },
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: now })
    .where('institution_id', '=', key.institutionId)
    .where('user_id', '=', key.userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertCalendarFeed(db: Db, row: CalendarFeedsTable): Promise<void> {
  await db.insertInto('calendar_feeds').values(row).execute();
}

/** The live feed with this token hash, and its user while still enabled. */
export function findCalendarFeedByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('calendar_feeds')
    .innerJoin('users', 'users.id', 'calendar_feeds.user_id')
    .innerJoin('institutions', 'institutions.id', 'calendar_feeds.institution_id')
    .select([
      'calendar_feeds.id',
      'calendar_feeds.institution_id',
      'calendar_feeds.user_id',
      'users.locale',
      'institutions.name as institution_name',
      'institutions.time_zone',
    ])
    .where('calendar_feeds.token_hash', '=', tokenHash)
    .where('calendar_feeds.revoked_at', 'is', null)
    .where('users.disabled_at', 'is', null)
    .whereRef('users.institution_id', '=', 'calendar_feeds.institution_id')
    .executeTakeFirst();
}
