import type { z } from 'zod';
import type {
  agreementCommentSchema,
  publicAgreementReviewSchema,
  publicApprovalRequestSchema,
  publicCommentRequestSchema,
} from '../../../shared/contracts/agreements';
import { displayAgreementStatus, type StoredAgreementStatus } from '../../../shared/domain/agreement-status';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { openPublicLink, type PublicLink } from '../../platform/links/public-links';
import { blockText } from './agreement-content';
import { toComment } from './agreement-mappers';
import {
  findInstitutionRow,
  insertCommentRow,
  listCommentRows,
  updateAgreementRow,
} from './agreements.repository';
import { buildAgreementDocumentInput, fieldsOfRow } from './build-agreement-document-input';
import { composeAgreementDocument } from './document/compose-agreement-document';
import { agreementOf, currentClauseOverrides, getAgreementRow, institutionToday } from './get-agreement';
import { agreementReviewPurpose } from './issue-review-link';
import { renderAgreementFile, type DocumentFormat, type RenderedFile } from './render-agreement-file';
import { checkEditable } from './update-agreement';

type PublicReview = z.input<typeof publicAgreementReviewSchema>;
type Comment = z.input<typeof agreementCommentSchema>;
export interface PublicOrigin {
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string;
}

/** The link decides the institution; a token of another agreement answers as an unknown one. */
function openReviewLink(db: Db, id: string, token: string, now: Date): Promise<PublicLink> {
  return openPublicLink(db, {
    token,
    purpose: agreementReviewPurpose,
    subjectId: id,
    now: now.toISOString(),
  });
}

export async function readPublicAgreementReview(
  deps: Pick<AppDeps, 'db' | 'files' | 'clock'>,
  id: string,
  token: string,
): Promise<PublicReview> {
  const now = deps.clock.now();
  const link = await openReviewLink(deps.db, id, token, now);
  const institutionId = link.institutionId;
  const row = await getAgreementRow(deps.db, institutionId, id);
  const fields = fieldsOfRow(row, await currentClauseOverrides(deps.db, institutionId, row));
  const doc = composeAgreementDocument(
    await buildAgreementDocumentInput(deps, institutionId, row, fields, { now }),
  );
  const comments = await listCommentRows(deps.db, institutionId, id);
  const today = await institutionToday(deps.db, institutionId, now);
  return {
    institutionName: (await findInstitutionRow(deps.db, institutionId))?.name ?? '',
    partnerName: row.partner_name,
    kind: doc.kind,
    heading: doc.heading,
    subject: doc.subject,
    status: displayAgreementStatus(row.status as StoredAgreementStatus, row.ends_on, today),
    versionNumber: row.current_version,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    articles: doc.articles.map((article) => ({
      title: article.title,
      paragraphs: article.blocks.map(blockText),
    })),
    // The institution's own discussion stays internal; the partner sees what it wrote.
    comments: comments.filter((comment) => comment.author_kind === 'partner').map(toComment),
    partnerApprovedAt: row.partner_approved_at,
    expiresAt: link.expiresAt,
  };
}

export async function renderPublicAgreementDocument(
  deps: Pick<AppDeps, 'db' | 'files' | 'clock'>,
  id: string,
  token: string,
  format: DocumentFormat,
): Promise<RenderedFile> {
  const link = await openReviewLink(deps.db, id, token, deps.clock.now());
  return renderAgreementFile(deps, link.institutionId, id, format);
}

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
