import type { Db } from '../../db/database';
import { findInstitutionRow } from './institutions.repository';

/** The institution's name, as the controller of the personal data it holds. */
export async function findInstitutionName(db: Db, institutionId: string): Promise<string> {
  const row = await findInstitutionRow(db, institutionId);
  return row?.name ?? '';
}
