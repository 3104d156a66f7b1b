import type { HolidayYear } from '../../../shared/contracts/occasions';
import type { Db } from '../../db/database';
import { readHolidayYears } from './holiday-year';
import { findInstitutionCareRow } from './occasions.repository';

export async function listHolidayYear(db: Db, institutionId: string, year: number): Promise<HolidayYear> {
  const years = await readHolidayYears(db, institutionId, [year]);
  const institution = await findInstitutionCareRow(db, institutionId);
  return { ...years.get(year)!, observesCutiBersama: (institution?.observes_cuti_bersama ?? 1) === 1 };
}
