import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { Db } from '../../db/database';
import { findInstitutionRow } from './institutions.repository';

/** The institution's zone (WIB by default when the row is gone), for reading days the way it lives them. */
export async function findInstitutionTimeZone(db: Db, institutionId: string): Promise<TimeZoneCode> {
  const row = await findInstitutionRow(db, institutionId);
  return (row?.time_zone as TimeZoneCode | undefined) ?? 'WIB';
}
