import type { Insertable } from 'kysely';
import { compiledOnce, firstRowOf } from '../../db/compiled-once';
import type { Db } from '../../db/database';
import type { SessionsTable } from '../../db/schema';

export async function insertSessionRow(db: Db, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

const liveSessionWithUser = compiledOnce(['sessionId'], (db, _dialect, markers) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.institution_id',
      'users.name',
      'users.email',
      'users.role',
      'users.locale',
    ])
    .where('sessions.id', '=', markers.sessionId)
    .where('sessions.ended_at', 'is', null)
    .where('users.disabled_at', 'is', null),
);

/**
 * The session with its user, only while neither is ended nor disabled. Every signed-in request
 * runs it, so its text is compiled once (ADR 0040).
 */
export function findLiveSessionWithUser(db: Db, sessionId: string) {
  return firstRowOf(db, liveSessionWithUser(db, { sessionId }));
}

export async function touchSessionRow(db: Db, sessionId: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function endSessionRow(db: Db, sessionId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ ended_at: now })
    .where('id', '=', sessionId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function endSessionsOfUser(
  db: Db,
  institutionId: string,
  userId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: now })
    .where('institution_id', '=', institutionId)
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .execute();
}
