import type { z } from 'zod';
import type { FollowUpPage, listFollowUpsQuerySchema } from '../../../shared/contracts/follow-ups';
import { localDateOf } from '../../../shared/domain/local-date';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { findInstitutionTimeZone } from '../institutions/index';
import { groupNamed } from './engagement-mappers';
import { countOverdueFollowUps, listFollowUpRows } from './follow-ups.repository';
import { listInteractionLinks } from './interactions.repository';

/** Follow-up tasks of logged contacts, with overdue decided on the institution's calendar day. */
export async function listFollowUps(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listFollowUpsQuerySchema>,
): Promise<FollowUpPage> {
  const institutionId = principal.institutionId;
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const today = localDateOf(deps.clock.now(), await findInstitutionTimeZone(deps.db, institutionId));
  const scope = { institutionId, userId: query.scope === 'mine' ? principal.userId : undefined };
  const [rows, overdueCount] = await Promise.all([
    listFollowUpRows(
      deps.db,
      { ...scope, status: query.status, dueBefore: query.dueBefore },
      { after, limit: query.limit },
    ),
    countOverdueFollowUps(deps.db, scope, today),
  ]);
  const links = await listInteractionLinks(
    deps.db,
    institutionId,
    rows.slice(0, query.limit).map((row) => row.id),
  );
  const partners = groupNamed(links.partners, 'interaction_id');
  const page = toPage(
    rows,
    query.limit,
    (row) => ({
      interactionId: row.id,
      task: row.follow_up_task ?? '',
      dueOn: row.follow_up_due_on!,
      overdue: row.follow_up_done_at === null && row.follow_up_due_on! < today,
      doneAt: row.follow_up_done_at,
      doneByUserId: row.follow_up_done_by_user_id,
      occurredAt: row.occurred_at,
      partners: partners.get(row.id) ?? [],
      partnership:
        row.partnership_id && row.partnership_name
          ? { id: row.partnership_id, name: row.partnership_name }
          : null,
    }),
    (row) => [row.follow_up_due_on!, row.id],
  );
  return { ...page, overdueCount, today };
}
