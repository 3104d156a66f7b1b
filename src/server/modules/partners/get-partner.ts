import type { Partner } from '../../../shared/contracts/partners';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { listContactRows } from './partner-contacts.repository';
import { listPartnerLabels } from './partner-labels.repository';
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
  const mergedIntoId = await findMergeTarget(db, institutionId, id);
  if (mergedIntoId) throw new AppError('PARTNER_MERGED', { mergedIntoId });
  throw new AppError('PARTNER_NOT_FOUND');
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
 * The partner, its labels and its contacts are read side by side (one round trip to PostgreSQL
 * instead of two); for an id that is not there the other reads come back empty and the row's
 * absence decides the error.
 */
export async function getPartner(db: Db, institutionId: string, id: string): Promise<Partner> {
  const [found, labels, contacts] = await Promise.all([
    findPartnerRow(db, institutionId, id),
    listPartnerLabels(db, institutionId, [id]),
    listContactRows(db, institutionId, [id]),
  ]);
  const row = found ?? (await getPartnerRow(db, institutionId, id));
  return toPartner(row, labels.get(id)!, contacts);
}
