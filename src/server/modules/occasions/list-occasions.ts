import type { Occasion } from '../../../shared/contracts/occasions';
import type { Db } from '../../db/database';
import { toOccasion } from './occasion-mappers';
import { listOccasionRows } from './occasions.repository';

export async function listOccasions(db: Db, institutionId: string): Promise<{ items: Occasion[] }> {
  const rows = await listOccasionRows(db, institutionId);
  return { items: rows.map(toOccasion).sort((a, b) => a.date.localeCompare(b.date)) };
}
