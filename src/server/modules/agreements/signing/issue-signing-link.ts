import type { z } from 'zod';
import type {
  partnerLinkRequestSchema,
  partnerLinkResponseSchema,
} from '../../../../shared/contracts/agreements';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { writeAudit } from '../../../platform/audit/audit-writer';
import { AppError } from '../../../platform/http/app-error';
import { issuePublicLink, revokePublicLinks } from '../../../platform/links/public-links';
import { findInstitutionTimeZone } from '../../institutions/index';
import { agreementHeading } from './agreement-heading';
import { loadSigningAgreement, requireAwaitingSignatures } from './signing-agreement';
import { signingLinkText } from './signing-link-wording';
import { findSigningPartyNames, listAgreementSignatureRows } from './signatures.repository';

export const agreementSigningPurpose = 'agreement_signing';
/** A week: long enough to reach a busy owner, short enough that a forwarded link goes stale. */
const linkLifetimeMs = 7 * 24 * 3_600_000;

type LinkRequest = z.output<typeof partnerLinkRequestSchema>;
export type PartnerLinkResponse = z.input<typeof partnerLinkResponseSchema>;

/**
 * The partner's signatory signs through this link, once, without an account. A new link withdraws the
 * older unused ones, so only the latest one sent can sign.
 */
export async function issueSigningLink(
  deps: AppDeps,
  principal: Principal,
  agreementId: string,
  input: LinkRequest,
  baseUrl: string,
  requestId: string,
): Promise<PartnerLinkResponse> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + linkLifetimeMs).toISOString();
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  return deps.db.transaction().execute(async (trx) => {
    const { row, signatories } = await loadSigningAgreement(trx, institutionId, agreementId);
    requireAwaitingSignatures(row);
    const signed = await listAgreementSignatureRows(trx, institutionId, agreementId);
    if (
      signed.some(
        (signature) => signature.party === 'partner' && signature.version_number === row.current_version,
      )
    )
      throw new AppError('ALREADY_SIGNED');
    const scope = { institutionId, purpose: agreementSigningPurpose, subjectId: agreementId };
    await revokePublicLinks(trx, scope, now.toISOString());
    const { link, token } = await issuePublicLink(trx, {
      ...scope,
      singleUse: true,
      recipient: input.recipientName ?? signatories.partner.name,
      createdByUserId: principal.userId,
      now: now.toISOString(),
      expiresAt,
    });
    const url = `${baseUrl}/tautan/tanda-tangan/${agreementId}/${token}`;
    const names = await findSigningPartyNames(trx, institutionId, row.partner_id);
    const message = signingLinkText({
      institutionName: names.institutionName,
      senderName: principal.userName,
      heading: agreementHeading(row.kind),
      subject: row.subject,
      number: row.institution_number,
      signatoryName: input.recipientName ?? signatories.partner.name,
      signatoryPosition: signatories.partner.position,
      url,
      expiresAt,
      zone,
    });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'agreement.signing_link_issued',
        entityType: 'agreement',
        entityId: agreementId,
        // The token is the signer's key: only the link's id is kept on record.
        after: { linkId: link.id, recipient: link.recipient, expiresAt, versionNumber: row.current_version },
      },
    );
    return { url, expiresAt, message, whatsappUrl: `https://wa.me/?text=${encodeURIComponent(message)}` };
  });
}
