import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { findPartnershipSource } from './agreement-sources.repository';

export async function getPartnershipOrFail(db: Db, institutionId: string, partnershipId: string) {
  const partnership = await findPartnershipSource(db, institutionId, partnershipId);
  if (!partnership) throw new AppError('PARTNERSHIP_NOT_FOUND');
  return partnership;
}
