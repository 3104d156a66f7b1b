import { localDateOf } from '../../../shared/domain/local-date';
import type { Db } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { findInstitutionTimeZone } from '../institutions/index';
import type { AgendaContext } from './agenda-sources';

/** Coming occasions and expiries are looked for this far ahead. */
export const agendaHorizonDays = 30;

/** The agenda's day is the institution's: an item due today in WIT is due until WIT's midnight. */
export async function agendaContextOf(db: Db, clock: Clock, institutionId: string): Promise<AgendaContext> {
  const timeZone = await findInstitutionTimeZone(db, institutionId);
  return {
    institutionId,
    today: localDateOf(clock.now(), timeZone),
    timeZone,
    horizonDays: agendaHorizonDays,
  };
}
