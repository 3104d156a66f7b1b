import type { Occasion } from '../../../shared/contracts/occasions';
import type { OccasionKind } from '../../../shared/domain/care-vocabulary';
import type { OccasionRow } from './occasions.repository';

export function toOccasion(row: OccasionRow): Occasion {
  return {
    id: row.id,
    partnerId: row.partner_id,
    kind: row.kind as OccasionKind,
    title: row.title,
    date: row.date,
    repeatsYearly: Number(row.repeats_yearly) === 1,
    note: row.note,
    version: Number(row.version),
  };
}
