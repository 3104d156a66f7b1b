import type { Partner } from '../../../shared/contracts/partners';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { findPartnerDetailRow } from './partner-detail.repository';
import { toPartner } from './partner-mappers';
import { findMergedIntoId } from './partner-merges.repository';
import { findPartnerRow, type PartnerRow } from './partners.repository';

/**
 * Another institution's partner is "not found", exactly like a missing one. A partner merged away
 * is a distinct 404 naming the partner it lives on in, so old links can follow it.
 */
export async function getPartnerRow(db: Db, institutionId: string, id: string): Promise<PartnerRow> {
  const row = await findPartnerRow(db, institutionId, id);
  if (row) return row;
  throw await missingPartnerError(db, institutionId, id);
}

async function missingPartnerError(db: Db, institutionId: string, id: string): Promise<AppError> {
  const mergedIntoId = await findMergeTarget(db, institutionId, id);
  return mergedIntoId ? new AppError('PARTNER_MERGED', { mergedIntoId }) : new AppError('PARTNER_NOT_FOUND');
}

/** Follows A → B → C when B was itself merged later, to the partner that still exists. */
async function findMergeTarget(db: Db, institutionId: string, id: string): Promise<string | null> {
  let target: string | null = null;
  let current = id;
  for (let hop = 0; hop < 20; hop += 1) {
    const next = await findMergedIntoId(db, institutionId, current);
    if (!next) break;
    target = next;
    current = next;
  }
  return target;
}

/**
 * The partner, its labels and its contacts in one statement; for an id that is not there the
 * merge trail decides between "merged into" and "not found".
 */
export async function getPartner(db: Db, institutionId: string, id: string): Promise<Partner> {
  const detail = await findPartnerDetailRow(db, institutionId, id);
  if (!detail) throw await missingPartnerError(db, institutionId, id);
  return toPartner(detail.partner, detail.labels, detail.contacts);
}
