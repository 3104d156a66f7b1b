import type { AgreementSummary } from '../../../shared/contracts/agreements';
import type { Db } from '../../db/database';
import { toAgreementSummary } from './agreement-mappers';
import { listPartnershipAgreementRows } from './agreements.repository';
import { institutionToday } from './get-agreement';
import { getPartnershipOrFail } from './partnership-of-agreement';

/** The partnership's agreements, oldest first; each names the one it extends or amends. */
export async function listPartnershipAgreements(
  db: Db,
  institutionId: string,
  partnershipId: string,
  now: Date,
): Promise<{ items: AgreementSummary[] }> {
  await getPartnershipOrFail(db, institutionId, partnershipId);
  const today = await institutionToday(db, institutionId, now);
  const rows = await listPartnershipAgreementRows(db, institutionId, partnershipId);
  return { items: rows.map((row) => toAgreementSummary(row, today)) };
}
