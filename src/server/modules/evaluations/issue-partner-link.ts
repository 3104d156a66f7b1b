import type { PartnerLink } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { issueShareableLink } from '../../platform/links/issue-shareable-link';
import { whatsAppUrl } from '../../platform/links/whats-app-url';
import { findInstitutionTimeZone } from '../institutions/index';
import { findInstitutionName } from './evaluations.repository';
import { checkPartnership, getEvaluationRow } from './get-evaluation';
import { partnerLinkText } from './partner-link-wording';

export const evaluationPartnerPurpose = 'evaluation_partner_part';
/** Long enough for a partner to discuss the evaluation inside their organisation. */
const linkLifetimeMs = 14 * 24 * 3_600_000;

/** A single-use link through which the partner gives its part of the evaluation without an account. */
export async function issueEvaluationPartnerLink(
  deps: AppDeps,
  principal: Principal,
  evaluationId: string,
  input: { recipientName?: string | null | undefined },
  baseUrl: string,
  requestId: string,
): Promise<PartnerLink> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  return deps.db.transaction().execute(async (trx) => {
    const row = await getEvaluationRow(trx, institutionId, evaluationId);
    const partnership = await checkPartnership(trx, institutionId, row.partnership_id);
    const { link, url, expiresAt } = await issueShareableLink(trx, {
      institutionId,
      purpose: evaluationPartnerPurpose,
      subjectId: evaluationId,
      singleUse: true,
      recipient: input.recipientName ?? null,
      createdByUserId: principal.userId,
      now,
      lifetimeMs: linkLifetimeMs,
      baseUrl,
      pagePath: '/tautan/evaluasi',
    });
    const whatsAppText = partnerLinkText({
      institutionName: await findInstitutionName(trx, institutionId),
      senderName: principal.userName,
      partnershipName: partnership.name,
      cycleYear: row.cycle_year,
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
        action: 'evaluation.partner_link_issued',
        entityType: 'evaluation',
        entityId: evaluationId,
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
