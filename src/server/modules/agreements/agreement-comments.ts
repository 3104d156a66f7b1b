import type { z } from 'zod';
import type {
  agreementCommentSchema,
  createCommentRequestSchema,
} from '../../../shared/contracts/agreements';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { toComment } from './agreement-mappers';
import {
  findCommentRow,
  insertCommentRow,
  listCommentRows,
  setCommentResolved,
} from './agreements.repository';
import { getAgreementRow } from './get-agreement';

type Comment = z.input<typeof agreementCommentSchema>;

export async function listAgreementComments(
  db: Db,
  institutionId: string,
  agreementId: string,
): Promise<{ items: Comment[] }> {
  await getAgreementRow(db, institutionId, agreementId);
  return { items: (await listCommentRows(db, institutionId, agreementId)).map(toComment) };
}

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
