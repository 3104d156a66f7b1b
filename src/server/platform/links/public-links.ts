import type { Db } from '../../db/database';
import { AppError } from '../http/app-error';
import { hashSecret, newId, newSecret } from '../ids';
import {
  findPublicLinkRowByHash,
  insertPublicLinkRow,
  listPublicLinkRows,
  markPublicLinkRowUsed,
  revokePublicLinkRows,
  type PublicLinkRow,
} from './public-links.repository';

export interface PublicLink {
  id: string;
  institutionId: string;
  purpose: string;
  subjectId: string;
  singleUse: boolean;
  recipient: string | null;
  createdByUserId: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

export interface IssuedPublicLink {
  link: PublicLink;
  /** Shown once, inside the URL sent to the partner; only its hash is stored. */
  token: string;
}

function toPublicLink(row: PublicLinkRow): PublicLink {
  return {
    id: row.id,
    institutionId: row.institution_id,
    purpose: row.purpose,
    subjectId: row.subject_id,
    singleUse: row.single_use === 1,
    recipient: row.recipient,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    revokedAt: row.revoked_at,
  };
}

export async function issuePublicLink(
  trx: Db,
  input: {
    institutionId: string;
    purpose: string;
    subjectId: string;
    singleUse: boolean;
    recipient?: string | null;
    createdByUserId: string | null;
    now: string;
    expiresAt: string;
  },
): Promise<IssuedPublicLink> {
  const token = newSecret();
  const row: PublicLinkRow = {
    id: newId(),
    institution_id: input.institutionId,
    purpose: input.purpose,
    subject_id: input.subjectId,
    token_hash: hashSecret(token),
    single_use: input.singleUse ? 1 : 0,
    recipient: input.recipient ?? null,
    created_by_user_id: input.createdByUserId,
    created_at: input.now,
    expires_at: input.expiresAt,
    used_at: null,
    revoked_at: null,
  };
  await insertPublicLinkRow(trx, row);
  return { link: toPublicLink(row), token };
}

/**
 * The link behind a token, when it opens this subject for this purpose. A token for another record
 * or purpose answers exactly like an unknown one (404), so a link cannot be used to probe ids.
 */
export async function openPublicLink(
  db: Db,
  input: { token: string; purpose: string; subjectId: string; now: string },
): Promise<PublicLink> {
  const row = await findPublicLinkRowByHash(db, hashSecret(input.token));
  if (!row || row.purpose !== input.purpose || row.subject_id !== input.subjectId) {
    throw new AppError('LINK_NOT_FOUND');
  }
  if (row.revoked_at) throw new AppError('LINK_REVOKED');
  if (row.single_use === 1 && row.used_at) throw new AppError('LINK_USED');
  if (row.expires_at <= input.now) throw new AppError('LINK_EXPIRED');
  return toPublicLink(row);
}

/** Spends a single-use link inside the transaction that does its work; a second use is refused. */
export async function consumePublicLink(trx: Db, link: PublicLink, now: string): Promise<void> {
  if (!link.singleUse) return;
  if (!(await markPublicLinkRowUsed(trx, link.id, now))) throw new AppError('LINK_USED');
}

export async function revokePublicLinks(
  trx: Db,
  where: { institutionId: string; purpose: string; subjectId: string },
  now: string,
): Promise<void> {
  await revokePublicLinkRows(trx, where, now);
}

export async function listPublicLinks(
  db: Db,
  where: { institutionId: string; purpose: string; subjectId: string },
): Promise<PublicLink[]> {
  return (await listPublicLinkRows(db, where)).map(toPublicLink);
}
