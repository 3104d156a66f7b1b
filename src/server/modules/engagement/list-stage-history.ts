import type { StageEvent } from '../../../shared/contracts/partnerships';
import type { Db } from '../../db/database';
import { toStageEvent } from './engagement-mappers';
import { getPartnershipRow } from './get-partnership';
import { listStageEventRows } from './partnerships.repository';

/** Every move of one partnership, oldest first, from its creation. */
export async function listStageHistory(
  db: Db,
  institutionId: string,
  id: string,
): Promise<{ items: StageEvent[] }> {
  await getPartnershipRow(db, institutionId, id);
  return { items: (await listStageEventRows(db, institutionId, id)).map(toStageEvent) };
}
