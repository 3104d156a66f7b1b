import type { CalendarFeedStatus, IssuedCalendarFeed } from '../../../shared/contracts/notifications';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { hashSecret, newId, newSecret } from '../../platform/ids';
import { publicBaseUrl } from '../institutions/index';
import { findActiveCalendarFeed, insertCalendarFeed, revokeCalendarFeeds } from './calendar-feeds.repository';

export const calendarFeedPath = '/api/v1/calendar.ics';

export async function getCalendarFeedStatus(
  deps: AppDeps,
  principal: Principal,
): Promise<CalendarFeedStatus> {
  const feed = await findActiveCalendarFeed(deps.db, {
    institutionId: principal.institutionId,
    userId: principal.userId,
  });
  return { active: Boolean(feed), createdAt: feed?.created_at ?? null };
}

/**
 * A new secret link for the caller's calendar app; any earlier one stops working at once (a link
 * that leaked is fixed by asking for a new one). The token is in the answer only.
 */
export async function issueCalendarFeed(
  deps: AppDeps,
  principal: Principal,
  requestId: string,
  requestOrigin: string | null,
): Promise<IssuedCalendarFeed> {
  const key = { institutionId: principal.institutionId, userId: principal.userId };
  const token = newSecret();
  const now = deps.clock.now().toISOString();
  const id = newId();
  const rotated = await deps.db.transaction().execute(async (trx) => {
    const revoked = await revokeCalendarFeeds(trx, key, now);
    await insertCalendarFeed(trx, {
      id,
      institution_id: key.institutionId,
      user_id: key.userId,
      token_hash: hashSecret(token),
      created_at: now,
      revoked_at: null,
    });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: key.institutionId,
        action: revoked > 0 ? 'calendar_feed.rotated' : 'calendar_feed.created',
        entityType: 'calendar_feed',
        entityId: id,
        after: { userId: key.userId, createdAt: now },
      },
    );
    return revoked > 0;
  });
  const url = `${publicBaseUrl(deps, requestOrigin)}${calendarFeedPath}?token=${token}`;
  return { url, createdAt: now, rotated };
}

export async function revokeCalendarFeed(
  deps: AppDeps,
  principal: Principal,
  requestId: string,
): Promise<void> {
  const key = { institutionId: principal.institutionId, userId: principal.userId };
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const feed = await findActiveCalendarFeed(trx, key);
    if (!feed) throw new AppError('CALENDAR_FEED_NOT_FOUND');
    await revokeCalendarFeeds(trx, key, now);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: key.institutionId,
        action: 'calendar_feed.revoked',
        entityType: 'calendar_feed',
        entityId: feed.id,
        before: { createdAt: feed.created_at },
        after: { revokedAt: now },
      },
    );
  });
}
