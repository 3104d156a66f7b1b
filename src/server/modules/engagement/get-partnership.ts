import type { Partnership, PartnershipSummary } from '../../../shared/contracts/partnerships';
import { stageGates, transitionsFrom } from '../../../shared/domain/partnership-stages';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { groupNamed, toPartnershipSummary } from './engagement-mappers';
import { findPartnershipRow, listPartnershipPartners, type PartnershipRow } from './partnerships.repository';
import { readPartnershipFacts } from './read-partnership-facts';

/** Another institution's partnership is "not found", exactly like a missing one. */
export async function getPartnershipRow(db: Db, institutionId: string, id: string): Promise<PartnershipRow> {
  const row = await findPartnershipRow(db, institutionId, id);
  if (!row) throw new AppError('PARTNERSHIP_NOT_FOUND');
  return row;
}

export async function getPartnershipSummary(
  db: Db,
  institutionId: string,
  id: string,
): Promise<PartnershipSummary> {
  const row = await getPartnershipRow(db, institutionId, id);
  const partners = await listPartnershipPartners(db, institutionId, [id]);
  return toPartnershipSummary(row, groupNamed(partners, 'partnership_id').get(id) ?? []);
}

/** One partnership with the moves open from its stage and whether each gate holds now. */
export async function getPartnership(db: Db, institutionId: string, id: string): Promise<Partnership> {
  const summary = await getPartnershipSummary(db, institutionId, id);
  const facts = await readPartnershipFacts(db, institutionId, id, null);
  const moves = transitionsFrom(summary.stage).map((transition) => ({
    to: transition.to,
    gate: transition.gate,
    gateMet: transition.gate ? stageGates[transition.gate](facts) : true,
  }));
  return { ...summary, moves };
}
