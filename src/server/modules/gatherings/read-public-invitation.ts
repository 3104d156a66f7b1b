import type { PublicInvitation } from '../../../shared/contracts/gatherings';
import type { GatheringStatus, InvitationReply } from '../../../shared/domain/care-vocabulary';
import { ianaTimeZones, timeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { openPublicLink, type PublicLink } from '../../platform/links/public-links';
import {
  findGatheringRow,
  findInstitutionLabels,
  findInvitationRow,
  type GatheringRow,
  type InvitationRow,
} from './gatherings.repository';
import { gatheringInvitationPurpose } from './invite-partners';

export interface OpenedInvitation {
  link: PublicLink;
  invitation: InvitationRow;
  gathering: GatheringRow;
}

/** The invitation a token opens; LINK_NOT_FOUND for a forged or foreign token, LINK_EXPIRED, LINK_REVOKED. */
export async function openInvitation(
  db: Db,
  invitationId: string,
  token: string,
  now: Date,
): Promise<OpenedInvitation> {
  const link = await openPublicLink(db, {
    token,
    purpose: gatheringInvitationPurpose,
    subjectId: invitationId,
    now: now.toISOString(),
  });
  const invitation = await findInvitationRow(db, link.institutionId, invitationId);
  const gathering = invitation
    ? await findGatheringRow(db, link.institutionId, invitation.gathering_id)
    : undefined;
  if (!invitation || !gathering) throw new AppError('LINK_NOT_FOUND');
  return { link, invitation, gathering };
}

export async function toPublicInvitation(db: Db, opened: OpenedInvitation): Promise<PublicInvitation> {
  const { invitation, gathering } = opened;
  const institution = await findInstitutionLabels(db, opened.link.institutionId);
  const zone: TimeZoneCode = (timeZones as readonly string[]).includes(institution?.time_zone ?? '')
    ? (institution!.time_zone as TimeZoneCode)
    : 'WIB';
  return {
    institutionName: institution?.name ?? '',
    partnerName: invitation.partner_name,
    contactName: invitation.contact_name,
    title: gathering.title,
    startsAt: gathering.starts_at,
    endsAt: gathering.ends_at,
    place: gathering.place,
    agenda: gathering.agenda,
    status: gathering.status as GatheringStatus,
    timeZone: ianaTimeZones[zone],
    reply: invitation.reply as InvitationReply,
    replyNote: invitation.reply_note,
    attendeeCount: invitation.attendee_count === null ? null : Number(invitation.attendee_count),
    repliedAt: invitation.replied_at,
  };
}

/** What the invited partner sees: the gathering and its own reply, nothing of other invitees. */
export async function readPublicInvitation(
  db: Db,
  invitationId: string,
  token: string,
  now: Date,
): Promise<PublicInvitation> {
  return toPublicInvitation(db, await openInvitation(db, invitationId, token, now));
}
