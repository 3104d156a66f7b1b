import type { z } from 'zod';
import type { InviteResponse, inviteRequestSchema } from '../../../shared/contracts/gatherings';
import { timeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { issueShareableLink } from '../../platform/links/issue-shareable-link';
import { whatsAppUrl } from '../../platform/links/whats-app-url';
import { toInvitation } from './gathering-mappers';
import {
  findGatheringRow,
  findInstitutionLabels,
  findInvitationRow,
  insertInvitationRow,
  listContactsOfPartners,
  listPartnersByIds,
  setInvitationLink,
} from './gatherings.repository';
import { invitationText } from './invitation-wording';

export const gatheringInvitationPurpose = 'gathering_invitation';
/** The link stays readable a month after the gathering; replies close when it starts. */
const afterEndMs = 30 * 24 * 3_600_000;

/**
 * Invites partners, each through its own reusable link, with a WhatsApp draft to its contact (the
 * one chosen, else its first contact who has not withdrawn consent).
 */
export async function invitePartners(
  deps: AppDeps,
  principal: Principal,
  gatheringId: string,
  input: z.output<typeof inviteRequestSchema>,
  baseUrl: string,
  requestId: string,
): Promise<InviteResponse> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const gathering = await findGatheringRow(trx, institutionId, gatheringId);
    if (!gathering) throw new AppError('GATHERING_NOT_FOUND');
    if (gathering.status !== 'planned' || Date.parse(gathering.starts_at) <= now.getTime())
      throw new AppError('GATHERING_NOT_OPEN');
    const partnerIds = [...new Set(input.partnerIds)];
    const partners = await listPartnersByIds(trx, institutionId, partnerIds);
    if (partners.length !== partnerIds.length) throw new AppError('PARTNER_NOT_FOUND');
    const contacts = await listContactsOfPartners(trx, institutionId, partnerIds);
    const chosen = new Set(input.contactIds ?? []);
    for (const id of chosen)
      if (!contacts.some((contact) => contact.id === id)) throw new AppError('CONTACT_NOT_FOUND');
    const institution = await findInstitutionLabels(trx, institutionId);
    const zone: TimeZoneCode = (timeZones as readonly string[]).includes(institution?.time_zone ?? '')
      ? (institution!.time_zone as TimeZoneCode)
      : 'WIB';
    const items: InviteResponse['items'] = [];
    for (const partner of partners) {
      const own = contacts.filter((c) => c.partner_id === partner.partner_id && !c.consent_withdrawn_at);
      const contact = own.find((c) => chosen.has(c.id)) ?? own[0] ?? null;
      const id = newId();
      await insertInvitationRow(trx, {
        id,
        institution_id: institutionId,
        gathering_id: gatheringId,
        partner_id: partner.partner_id,
        contact_id: contact?.id ?? null,
        public_link_id: null,
        reply: 'pending',
        reply_note: null,
        attendee_count: null,
        replied_at: null,
        attended: null,
        version: 1,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      });
      const { link, url, expiresAt } = await issueShareableLink(trx, {
        institutionId,
        purpose: gatheringInvitationPurpose,
        subjectId: id,
        singleUse: false,
        recipient: contact?.name ?? partner.partner_name,
        createdByUserId: principal.userId,
        now,
        lifetimeMs: Math.max(Date.parse(gathering.ends_at) + afterEndMs - now.getTime(), 60_000),
        baseUrl,
        pagePath: '/tautan/temu-mitra',
      });
      await setInvitationLink(trx, institutionId, id, link.id);
      const text = invitationText({
        institutionName: institution?.name ?? '',
        senderName: principal.userName,
        partnerName: partner.partner_name,
        contactName: contact?.name ?? null,
        title: gathering.title,
        startsAt: gathering.starts_at,
        endsAt: gathering.ends_at,
        place: gathering.place,
        url,
        zone,
        now,
      });
      const invitation = toInvitation((await findInvitationRow(trx, institutionId, id))!);
      await writeAudit(
        trx,
        deps,
        { principal, requestId },
        {
          institutionId,
          action: 'gathering.invitation_issued',
          entityType: 'gathering_invitation',
          entityId: id,
          // The token is the partner's key: only the link's id is kept on record.
          after: {
            gatheringId,
            partnerId: partner.partner_id,
            contactId: contact?.id ?? null,
            linkId: link.id,
            expiresAt,
          },
        },
      );
      const phone = contact?.whatsapp === 1 ? contact.phone : null;
      items.push({ invitation, url, expiresAt, whatsAppText: text, whatsAppUrl: whatsAppUrl(text, phone) });
    }
    return { items };
  });
}
