import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { builtinHolidays } from './holiday-year';
import { insertHolidayRows, listCopiedYears } from './occasions.repository';

/**
 * Copy-on-write: the first correction to a year copies the shipped (or computed) list into the
 * institution's table, so the edit applies to its own rows and later decrees never overwrite it.
 * Answers the shipped id → stored id pairs, so an edit addressed to a shipped row finds its copy.
 */
export async function copyHolidayYearIfNeeded(
  trx: Transaction<Database>,
  deps: AppDeps,
  principal: Principal,
  year: number,
  requestId: string,
): Promise<Map<string, string>> {
  const institutionId = principal.institutionId;
  if ((await listCopiedYears(trx, institutionId, [year])).has(year)) return new Map();
  const now = deps.clock.now().toISOString();
  const builtin = builtinHolidays(year);
  const ids = new Map<string, string>();
  const rows = builtin.items.map((item) => {
    const id = newId();
    ids.set(item.id, id);
    return {
      id,
      institution_id: institutionId,
      year,
      date: item.date,
      name: item.name,
      kind: item.kind,
      occasion_key: item.occasionKey,
      calendar_year_label: item.calendarYearLabel,
      source_decree: item.sourceDecree,
      version: 1,
      created_at: now,
      updated_at: now,
    };
  });
  await insertHolidayRows(trx, rows);
  await writeAudit(
    trx,
    deps,
    { principal, requestId },
    {
      institutionId,
      action: 'holiday_year.copied',
      entityType: 'holiday_year',
      entityId: null,
      after: { year, from: builtin.source, count: rows.length },
    },
  );
  return ids;
}
