import type { z } from 'zod';
import type { partnerLinkResponseSchema } from '../../../shared/contracts/agreements';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { issuePublicLink } from '../../platform/links/public-links';
import { findInstitutionTimeZone } from '../institutions/index';
import { findInstitutionRow, updateAgreementRow } from './agreements.repository';
import { getAgreementRow } from './get-agreement';
import { agreementReviewLinkText } from './review-link-wording';
import { checkEditable } from './update-agreement';

export const agreementReviewPurpose = 'agreement_review';
/** Long enough for a partner to discuss the draft inside their organisation. */
const linkLifetimeMs = 14 * 24 * 3_600_000;

const documentNames: Record<AgreementKind, string> = {
  mou: 'Nota Kesepahaman',
  pks: 'Perjanjian Kerja Sama',
  addendum: 'Adendum',
  extension: 'Perjanjian Perpanjangan',
};

/**
 * A link the partner opens without an account to read the draft, comment and approve it; it can
 * be used again until it expires. A draft goes to review with it.
 */
export async function issueAgreementReviewLink(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: { recipientName?: string | null | undefined },
  baseUrl: string,
  requestId: string,
): Promise<z.input<typeof partnerLinkResponseSchema>> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + linkLifetimeMs).toISOString();
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  return deps.db.transaction().execute(async (trx) => {
    const row = await getAgreementRow(trx, institutionId, id);
    checkEditable(row);
    const { link, token } = await issuePublicLink(trx, {
      institutionId,
      purpose: agreementReviewPurpose,
      subjectId: id,
      singleUse: false,
      recipient: input.recipientName ?? null,
      createdByUserId: principal.userId,
      now: now.toISOString(),
      expiresAt,
    });
    if (row.status === 'draft') {
      const changed = await updateAgreementRow(trx, institutionId, id, row.version, {
        status: 'in_review',
        updated_at: now.toISOString(),
      });
      if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    }
    const url = `${baseUrl}/tautan/kesepakatan/${id}/${token}`;
    const message = agreementReviewLinkText({
      institutionName: (await findInstitutionRow(trx, institutionId))?.name ?? '',
      senderName: principal.userName,
      documentName: documentNames[row.kind as AgreementKind],
      subject: row.subject,
      recipientName: input.recipientName ?? null,
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
        action: 'agreement.review_link_issued',
        entityType: 'agreement',
        entityId: id,
        before: { status: row.status },
        // The token is the partner's key: only the link's id is kept on record.
        after: { status: 'in_review', linkId: link.id, recipient: link.recipient, expiresAt },
      },
    );
    return { url, expiresAt, whatsappUrl: `https://wa.me/?text=${encodeURIComponent(message)}`, message };
  });
}
