import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { NotificationsTable } from '../../db/schema';

/** Inserts what is new; a (user, dedupe key) already there stays as it is. Returns how many went in. */
export async function insertNotificationsIfNew(db: Db, rows: NotificationsTable[]): Promise<number> {
  let inserted = 0;
  for (const row of rows) {
    const result = await db
      .insertInto('notifications')
      .values(row)
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export async function listNotificationRows(
  db: Db,
  key: { institutionId: string; userId: string; unreadOnly: boolean },
  page: { after: [string, string] | null; limit: number },
) {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .where('institution_id', '=', key.institutionId)
    .where('user_id', '=', key.userId);
  if (key.unreadOnly) query = query.where('read_at', 'is', null);
  if (page.after) {
    const [createdAt, id] = page.after;
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', createdAt),
        eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
      ]),
    );
  }
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

export async function countUnreadNotifications(
  db: Db,
  key: { institutionId: string; userId: string },
): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select(sql<number | string>`count(*)`.as('n'))
    .where('institution_id', '=', key.institutionId)
    .where('user_id', '=', key.userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findNotificationRow(db: Db, key: { institutionId: string; userId: string; id: string }) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('institution_id', '=', key.institutionId)
    .where('user_id', '=', key.userId)
    .where('id', '=', key.id)
    .executeTakeFirst();
}

export async function setNotificationsRead(
  db: Db,
  key: { institutionId: string; userId: string; id?: string },
  now: string,
): Promise<number> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('institution_id', '=', key.institutionId)
    .where('user_id', '=', key.userId)
    .where('read_at', 'is', null);
  if (key.id) query = query.where('id', '=', key.id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The user's notifications no digest has taken, unless another run's claim is still live. */
export async function claimNotificationsForDigest(
  db: Db,
  userId: string,
  claim: { runId: string; until: string; now: string },
): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ digest_claim: claim.runId, digest_claim_until: claim.until })
    .where('user_id', '=', userId)
    .where('digest_sent_at', 'is', null)
    .where((eb) => eb.or([eb('digest_claim', 'is', null), eb('digest_claim_until', '<', claim.now)]))
    .execute();
}

export function listClaimedNotifications(db: Db, userId: string, runId: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('digest_claim', '=', runId)
    .where('digest_sent_at', 'is', null)
    .orderBy('reason')
    .orderBy('due_on')
    .orderBy('id')
    .execute();
}

export async function setDigestSent(db: Db, userId: string, runId: string, now: string): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ digest_sent_at: now })
    .where('user_id', '=', userId)
    .where('digest_claim', '=', runId)
    .where('digest_sent_at', 'is', null)
    .execute();
}

export async function releaseDigestClaim(db: Db, userId: string, runId: string): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ digest_claim: null, digest_claim_until: null })
    .where('user_id', '=', userId)
    .where('digest_claim', '=', runId)
    .where('digest_sent_at', 'is', null)
    .execute();
}

/** Enabled users with notifications no digest has carried yet, with what their digest needs. */
export function listDigestRecipients(db: Db) {
  return db
    .selectFrom('users')
    .innerJoin('institutions', 'institutions.id', 'users.institution_id')
    .select([
      'users.id as user_id',
      'users.institution_id',
      'users.email',
      'users.name',
      'users.locale',
      'institutions.time_zone',
    ])
    .where('users.disabled_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('notifications')
          .select('notifications.id')
          .whereRef('notifications.user_id', '=', 'users.id')
          .where('notifications.digest_sent_at', 'is', null),
      ),
    )
    .orderBy('users.id')
    .execute();
}

export function findDigestRecipient(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'institution_id', 'email', 'name', 'locale', 'disabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function listInstitutionZones(db: Db) {
  return db.selectFrom('institutions').select(['id', 'time_zone']).orderBy('id').execute();
}

/** Enabled users who look after partners (admin, manager, facilitator). */
export function listReminderRecipients(db: Db, institutionId: string, roles: readonly string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('institution_id', '=', institutionId)
    .where('disabled_at', 'is', null)
    .where('role', 'in', roles)
    .orderBy('id')
    .execute();
}
