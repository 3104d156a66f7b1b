import type { Partner } from '../../../shared/contracts/partners';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { listContactRows } from './partner-contacts.repository';
import { listPartnerLabels } from './partner-labels.repository';
import { toPartner } from './partner-mappers';
import { findPartnerRow, type PartnerRow } from './partners.repository';

/** Another institution's partner is "not found", exactly like a missing one. */
export async function getPartnerRow(db: Db, institutionId: string, id: string): Promise<PartnerRow> {
  const row = await findPartnerRow(db, institutionId, id);
  if (!row) throw new AppError('PARTNER_NOT_FOUND');
  return row;
}

export async function getPartner(db: Db, institutionId: string, id: string): Promise<Partner> {
  const row = await getPartnerRow(db, institutionId, id);
  const [labels, contacts] = await Promise.all([
    listPartnerLabels(db, institutionId, [id]),
    listContactRows(db, institutionId, [id]),
  ]);
  return toPartner(row, labels.get(id)!, contacts);
}
