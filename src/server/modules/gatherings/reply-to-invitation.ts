import type { z } from 'zod';
import type { invitationReplyRequestSchema, PublicInvitation } from '../../../shared/contracts/gatherings';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { findInvitationRow, updateInvitationRow } from './gatherings.repository';
import { openInvitation, toPublicInvitation } from './read-public-invitation';

/** The partner's reply through its link; it may change its mind until the gathering starts. */
export async function replyToInvitation(
  deps: AppDeps,
  invitationId: string,
  token: string,
  input: z.output<typeof invitationReplyRequestSchema>,
  requestId: string,
): Promise<PublicInvitation> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const opened = await openInvitation(trx, invitationId, token, now);
    const { gathering, invitation, link } = opened;
    if (gathering.status !== 'planned' || Date.parse(gathering.starts_at) <= now.getTime())
      throw new AppError('GATHERING_REPLY_CLOSED');
    const changes = {
      reply: input.reply,
      attendee_count: input.reply === 'declined' ? null : (input.attendeeCount ?? null),
      reply_note: input.note ?? null,
      replied_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await updateInvitationRow(trx, link.institutionId, invitationId, changes);
    await writeAudit(
      trx,
      deps,
      // The partner has no account: the audit row names the link, not a user.
      { principal: null, requestId },
      {
        institutionId: link.institutionId,
        action: invitation.replied_at ? 'gathering.reply_changed' : 'gathering.replied',
        entityType: 'gathering_invitation',
        entityId: invitationId,
        before: {
          reply: invitation.reply,
          attendeeCount: invitation.attendee_count,
          note: invitation.reply_note,
        },
        after: {
          reply: changes.reply,
          attendeeCount: changes.attendee_count,
          note: changes.reply_note,
          linkId: link.id,
        },
      },
    );
    const updated = (await findInvitationRow(trx, link.institutionId, invitationId))!;
    return toPublicInvitation(trx, { ...opened, invitation: updated });
  });
}
