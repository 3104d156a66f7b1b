import type { z } from 'zod';
import type { publicApprovalRequestSchema } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { updateAgreementRow } from './agreements.repository';
import { agreementOf, getAgreementRow } from './get-agreement';
import { openReviewLink } from './open-review-link';
import type { PublicOrigin } from './public-origin';
import { readPublicAgreementReview, type PublicReview } from './read-public-agreement-review';
import { checkEditable } from './update-agreement';

/** The partner approves the version it read; an older one is refused so nobody approves unseen text. */
export async function recordPartnerApproval(
  deps: AppDeps,
  id: string,
  token: string,
  input: z.output<typeof publicApprovalRequestSchema>,
  origin: PublicOrigin,
): Promise<PublicReview> {
  const now = deps.clock.now();
  const link = await openReviewLink(deps.db, id, token, now);
  const institutionId = link.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const row = await getAgreementRow(trx, institutionId, id);
    checkEditable(row);
    if (row.current_version !== input.versionNumber) {
      throw new AppError('AGREEMENT_VERSION_STALE', { currentVersion: row.current_version });
    }
    const approvedName = `${input.name} (${input.position})`;
    const changed = await updateAgreementRow(trx, institutionId, id, row.version, {
      partner_approved_name: approvedName,
      partner_approved_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    if (!changed) throw new AppError('AGREEMENT_VERSION_STALE', { currentVersion: row.current_version });
    const after = await agreementOf(trx, institutionId, await getAgreementRow(trx, institutionId, id), now);
    await writeAudit(
      trx,
      deps,
      { principal: null, requestId: origin.requestId },
      {
        institutionId,
        action: 'agreement.partner_approved',
        entityType: 'agreement',
        entityId: id,
        before: { partnerApprovedAt: row.partner_approved_at },
        after: {
          partnerApprovedAt: after.review.partnerApprovedAt,
          partnerApprovedName: approvedName,
          versionNumber: row.current_version,
          linkId: link.id,
          ipAddress: origin.ipAddress,
          userAgent: origin.userAgent,
        },
      },
    );
  });
  return readPublicAgreementReview(deps, id, token);
}
