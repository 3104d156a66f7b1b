import type { Need } from '../../../shared/contracts/needs';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { countByNeed, toNeed } from './need-mappers';
import { findNeedRow, listCurrentDecisions, type NeedRow } from './needs.repository';

/** Another institution's need is "not found", exactly like a missing one. */
export async function getNeedRow(db: Db, institutionId: string, id: string): Promise<NeedRow> {
  const row = await findNeedRow(db, institutionId, id);
  if (!row) throw new AppError('NEED_NOT_FOUND');
  return row;
}

export async function getNeed(db: Db, institutionId: string, id: string): Promise<Need> {
  const row = await getNeedRow(db, institutionId, id);
  const decisions = await listCurrentDecisions(db, institutionId, { needIds: [id] });
  return toNeed(row, countByNeed(decisions).get(id));
}
