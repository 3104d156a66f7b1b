import { timeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { localDateOf } from '../../../shared/domain/local-date';
import type { Db } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { findInstitutionRow } from './monitoring.repository';

/** The institution's calendar day now: an item due today in WITA is due until WITA's midnight. */
export async function institutionToday(
  db: Db,
  clock: Clock,
  institutionId: string,
): Promise<{ today: string; timeZone: TimeZoneCode }> {
  const row = await findInstitutionRow(db, institutionId);
  const zone = (timeZones as readonly string[]).includes(row?.time_zone ?? '')
    ? (row!.time_zone as TimeZoneCode)
    : 'WIB';
  return { today: localDateOf(clock.now(), zone), timeZone: zone };
}
