import type { Db } from '../../db/database';
import { openPublicLink, type PublicLink } from '../../platform/links/public-links';
import { agreementReviewPurpose } from './issue-review-link';

/** The link decides the institution; a token of another agreement answers as an unknown one. */
export function openReviewLink(db: Db, id: string, token: string, now: Date): Promise<PublicLink> {
  return openPublicLink(db, {
    token,
    purpose: agreementReviewPurpose,
    subjectId: id,
    now: now.toISOString(),
  });
}
