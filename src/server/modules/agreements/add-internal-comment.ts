import type { z } from 'zod';
import type {
  agreementCommentSchema,
  createCommentRequestSchema,
} from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { toComment } from './agreement-mappers';
import { insertCommentRow } from './agreements.repository';
import { getAgreementRow } from './get-agreement';

type Comment = z.input<typeof agreementCommentSchema>;

/** A colleague's remark on the version being read, optionally on one article. */
export async function addInternalComment(
  deps: AppDeps,
  principal: Principal,
  agreementId: string,
  input: z.output<typeof createCommentRequestSchema>,
  requestId: string,
): Promise<Comment> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getAgreementRow(trx, institutionId, agreementId);
    const comment = {
      id: newId(),
      institution_id: institutionId,
      agreement_id: agreementId,
      version_number: row.current_version,
      author_kind: 'internal',
      author_user_id: principal.userId,
      author_name: principal.userName,
      article_title: input.articleTitle ?? null,
      body: input.body,
      resolved_at: null,
      created_at: deps.clock.now().toISOString(),
    };
    await insertCommentRow(trx, comment);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'agreement.comment_added',
        entityType: 'agreement',
        entityId: agreementId,
        after: toComment(comment),
      },
    );
    return toComment(comment);
  });
}
