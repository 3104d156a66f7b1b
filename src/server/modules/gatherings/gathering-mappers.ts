import type { GatheringSummary, Invitation } from '../../../shared/contracts/gatherings';
import type { GatheringStatus, InvitationReply } from '../../../shared/domain/care-vocabulary';
import type { GatheringRow, InvitationRow } from './gatherings.repository';

export function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    reply: row.reply as InvitationReply,
    replyNote: row.reply_note,
    attendeeCount: row.attendee_count === null ? null : Number(row.attendee_count),
    repliedAt: row.replied_at,
    attended: row.attended === null ? null : Number(row.attended) === 1,
    version: Number(row.version),
  };
}

export function countInvitations(invitations: Invitation[]): GatheringSummary['counts'] {
  const by = (reply: InvitationReply) => invitations.filter((i) => i.reply === reply).length;
  return {
    invited: invitations.length,
    attending: by('attending'),
    declined: by('declined'),
    maybe: by('maybe'),
    pending: by('pending'),
    attendingPeople: invitations
      .filter((i) => i.reply === 'attending')
      .reduce((sum, i) => sum + (i.attendeeCount ?? 1), 0),
    attended: invitations.filter((i) => i.attended === true).length,
  };
}

export function toGatheringSummary(row: GatheringRow, invitations: Invitation[]): GatheringSummary {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    agenda: row.agenda,
    status: row.status as GatheringStatus,
    counts: countInvitations(invitations),
    version: Number(row.version),
  };
}
