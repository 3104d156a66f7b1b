import type { EvidenceLink } from '../../../shared/contracts/activities';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { issueShareableLink } from '../../platform/links/issue-shareable-link';
import { whatsAppUrl } from '../../platform/links/whats-app-url';
import { findInstitutionTimeZone } from '../institutions/index';
import { findInstitutionName } from './activities.repository';
import { evidenceLinkText } from './evidence-link-wording';
import { requirePartnership } from './list-activities';

export const activityEvidencePurpose = 'activity_evidence';
/** A month: long enough to cover the activities of a term without asking again. */
const linkLifetimeMs = 30 * 24 * 3_600_000;

/** A reusable link through which the partner adds evidence for its own items, without an account. */
export async function issueEvidenceLink(
  deps: AppDeps,
  principal: Principal,
  partnershipId: string,
  input: { recipientName?: string | null | undefined },
  baseUrl: string,
  requestId: string,
): Promise<EvidenceLink> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  return deps.db.transaction().execute(async (trx) => {
    const partnership = await requirePartnership(trx, institutionId, partnershipId);
    const { link, url, expiresAt } = await issueShareableLink(trx, {
      institutionId,
      purpose: activityEvidencePurpose,
      subjectId: partnershipId,
      singleUse: false,
      recipient: input.recipientName ?? null,
      createdByUserId: principal.userId,
      now,
      lifetimeMs: linkLifetimeMs,
      baseUrl,
      pagePath: '/tautan/bukti-kegiatan',
    });
    const whatsAppText = evidenceLinkText({
      institutionName: await findInstitutionName(trx, institutionId),
      senderName: principal.userName,
      partnershipName: partnership.name,
      recipientName: input.recipientName ?? null,
      url,
      expiresAt,
      zone,
      now,
    });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partnership.evidence_link_issued',
        entityType: 'partnership',
        entityId: partnershipId,
        // The token is the partner's key: only the link's id is kept on record.
        after: { linkId: link.id, recipient: link.recipient, expiresAt },
      },
    );
    return {
      url,
      expiresAt,
      whatsAppText,
      whatsAppUrl: whatsAppUrl(whatsAppText),
    };
  });
}
