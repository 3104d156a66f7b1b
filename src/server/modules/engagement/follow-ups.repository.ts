import { sql } from 'kysely';
import type { Db } from '../../db/database';

export interface FollowUpFilter {
  institutionId: string;
  /** Set for scope `mine`: the user who logged it, was present, or facilitates the partnership. */
  userId?: string | undefined;
  status: 'open' | 'done';
  dueBefore?: string | undefined;
}

function filtered(db: Db, filter: FollowUpFilter) {
  let query = db
    .selectFrom('interactions')
    .leftJoin('partnerships', (join) =>
      join
        .onRef('partnerships.id', '=', 'interactions.partnership_id')
        .onRef('partnerships.institution_id', '=', 'interactions.institution_id'),
    )
    .where('interactions.institution_id', '=', filter.institutionId)
    // Written out so both databases can read the partial index of open tasks.
    .where('interactions.follow_up_due_on', 'is not', null)
    .where('interactions.follow_up_done_at', filter.status === 'open' ? 'is' : 'is not', null);
  if (filter.dueBefore) query = query.where('interactions.follow_up_due_on', '<', filter.dueBefore);
  if (filter.userId) {
    const userId = filter.userId;
    query = query.where((eb) =>
      eb.or([
        eb('interactions.created_by_user_id', '=', userId),
        // Staff ids are a JSON array of UUIDs: quoted, so one id never matches inside another.
        eb('interactions.staff_user_ids_json', 'like', `%"${userId}"%`),
        eb('partnerships.facilitator_user_id', '=', userId),
      ]),
    );
  }
  return query;
}

export async function listFollowUpRows(
  db: Db,
  filter: FollowUpFilter,
  page: { after: [string, string] | null; limit: number },
) {
  const ascending = filter.status === 'open';
  let query = filtered(db, filter);
  if (page.after) {
    const [dueOn, id] = page.after;
    const beyond = ascending ? '>' : '<';
    query = query.where((eb) =>
      eb.or([
        eb('interactions.follow_up_due_on', beyond, dueOn),
        eb.and([eb('interactions.follow_up_due_on', '=', dueOn), eb('interactions.id', beyond, id)]),
      ]),
    );
  }
  const direction = ascending ? 'asc' : 'desc';
  return query
    .select([
      'interactions.id',
      'interactions.follow_up_task',
      'interactions.follow_up_due_on',
      'interactions.follow_up_done_at',
      'interactions.follow_up_done_by_user_id',
      'interactions.occurred_at',
      'interactions.partnership_id',
      'partnerships.name as partnership_name',
    ])
    .orderBy('interactions.follow_up_due_on', direction)
    .orderBy('interactions.id', direction)
    .limit(page.limit + 1)
    .execute();
}

export type FollowUpRow = Awaited<ReturnType<typeof listFollowUpRows>>[number];

/** Open tasks due before `today` (the institution's day). */
export async function countOverdueFollowUps(
  db: Db,
  filter: Omit<FollowUpFilter, 'status' | 'dueBefore'>,
  today: string,
): Promise<number> {
  const row = await filtered(db, { ...filter, status: 'open', dueBefore: today })
    .select(sql<number | string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setFollowUpDone(
  db: Db,
  key: { institutionId: string; id: string },
  done: { at: string; byUserId: string } | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('interactions')
    .set((eb) => ({
      follow_up_done_at: done?.at ?? null,
      follow_up_done_by_user_id: done?.byUserId ?? null,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('institution_id', '=', key.institutionId)
    .where('id', '=', key.id)
    .execute();
}
