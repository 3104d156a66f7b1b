import type { z } from 'zod';
import type {
  agreementCommentSchema,
  publicCommentRequestSchema,
} from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { toComment } from './agreement-mappers';
import { insertCommentRow } from './agreements.repository';
import { getAgreementRow } from './get-agreement';
import { openReviewLink } from './open-review-link';
import type { PublicOrigin } from './public-origin';
import { checkEditable } from './update-agreement';

type Comment = z.input<typeof agreementCommentSchema>;

export async function addPartnerComment(
  deps: AppDeps,
  id: string,
  token: string,
  input: z.output<typeof publicCommentRequestSchema>,
  origin: PublicOrigin,
): Promise<Comment> {
  const now = deps.clock.now();
  const link = await openReviewLink(deps.db, id, token, now);
  const institutionId = link.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getAgreementRow(trx, institutionId, id);
    checkEditable(row);
    const comment = {
      id: newId(),
      institution_id: institutionId,
      agreement_id: id,
      version_number: row.current_version,
      author_kind: 'partner',
      author_user_id: null,
      author_name: input.authorName,
      article_title: input.articleTitle ?? null,
      body: input.body,
      resolved_at: null,
      created_at: now.toISOString(),
    };
    await insertCommentRow(trx, comment);
    await writeAudit(
      trx,
      deps,
      { principal: null, requestId: origin.requestId },
      {
        institutionId,
        action: 'agreement.partner_commented',
        entityType: 'agreement',
        entityId: id,
        after: {
          ...toComment(comment),
          linkId: link.id,
          ipAddress: origin.ipAddress,
          userAgent: origin.userAgent,
        },
      },
    );
    return toComment(comment);
  });
}
