import type { z } from 'zod';
import type { publicAgreementReviewSchema } from '../../../shared/contracts/agreements';
import { displayAgreementStatus, type StoredAgreementStatus } from '../../../shared/domain/agreement-status';
import type { AppDeps } from '../../platform/app-deps';
import { blockText } from './agreement-content';
import { toComment } from './agreement-mappers';
import { findInstitutionRow, listCommentRows } from './agreements.repository';
import { buildAgreementDocumentInput, fieldsOfRow } from './build-agreement-document-input';
import { composeAgreementDocument } from './document/compose-agreement-document';
import { currentClauseOverrides, getAgreementRow, institutionToday } from './get-agreement';
import { openReviewLink } from './open-review-link';

export type PublicReview = z.input<typeof publicAgreementReviewSchema>;

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
