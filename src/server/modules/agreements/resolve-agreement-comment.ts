import type { z } from 'zod';
import type { agreementCommentSchema } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { toComment } from './agreement-mappers';
import { findCommentRow, setCommentResolved } from './agreements.repository';
import { getAgreementRow } from './get-agreement';

type Comment = z.input<typeof agreementCommentSchema>;

export async function resolveAgreementComment(
  deps: AppDeps,
  principal: Principal,
  agreementId: string,
  commentId: string,
  resolved: boolean,
  requestId: string,
): Promise<Comment> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    await getAgreementRow(trx, institutionId, agreementId);
    const before = await findCommentRow(trx, institutionId, agreementId, commentId);
    if (!before) throw new AppError('COMMENT_NOT_FOUND');
    const resolvedAt = resolved ? (before.resolved_at ?? deps.clock.now().toISOString()) : null;
    await setCommentResolved(trx, institutionId, commentId, resolvedAt);
    const after = toComment({ ...before, resolved_at: resolvedAt });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: resolved ? 'agreement.comment_resolved' : 'agreement.comment_reopened',
        entityType: 'agreement',
        entityId: agreementId,
        before: toComment(before),
        after,
      },
    );
    return after;
  });
}
