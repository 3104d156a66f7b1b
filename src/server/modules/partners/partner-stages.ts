import type { PartnershipStage } from '../../../shared/domain/partnership-stages';
import { mostAdvancedOpenStage } from '../../../shared/domain/most-advanced-stage';
import type { Db } from '../../db/database';
import { listPartnerStageRows } from './partners.repository';

/** Each partner's most advanced open partnership stage; partners without one are absent. */
export async function loadPartnerStages(
  db: Db,
  institutionId: string,
  partnerIds: string[] | null,
): Promise<Map<string, PartnershipStage>> {
  const stagesByPartner = new Map<string, string[]>();
  for (const row of await listPartnerStageRows(db, institutionId, partnerIds)) {
    const list = stagesByPartner.get(row.partner_id) ?? [];
    list.push(row.stage);
    stagesByPartner.set(row.partner_id, list);
  }
  const result = new Map<string, PartnershipStage>();
  for (const [partnerId, stages] of stagesByPartner) {
    const stage = mostAdvancedOpenStage(stages);
    if (stage) result.set(partnerId, stage);
  }
  return result;
}
