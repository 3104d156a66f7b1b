import type { Db } from '../../src/server/db/database';
import { newId } from '../../src/server/platform/ids';
import type { ActivityParty, ActivityStatus, OutcomeKind } from '../../src/shared/domain/activity-vocabulary';

export interface ActivityRowFields {
  title?: string;
  workPlanId?: string | null;
  workPlanItemId?: string | null;
  status?: ActivityStatus;
  carriedOutBy?: ActivityParty;
  startedOn?: string | null;
  endedOn?: string | null;
  actualQuantity?: number | null;
  outcomeKind?: OutcomeKind | null;
  spent?: { institution: number; partner: number };
  /** When the row says it was written; the wall clock otherwise. */
  at?: string;
}

/**
 * An activity written straight into its table, as the implementation module stores it: monitoring,
 * evaluation, the monev report and the evidence pack only read what the rows say.
 */
export async function insertActivityRow(
  db: Db,
  key: { institutionId: string; partnershipId: string },
  fields: ActivityRowFields = {},
): Promise<string> {
  const id = newId();
  const at = fields.at ?? new Date().toISOString();
  await db
    .insertInto('activities')
    .values({
      id,
      institution_id: key.institutionId,
      partnership_id: key.partnershipId,
      work_plan_id: fields.workPlanId ?? null,
      work_plan_item_id: fields.workPlanItemId ?? null,
      title: fields.title ?? 'Pelatihan merajut tas angkatan 1',
      status: fields.status ?? 'in_progress',
      carried_out_by: fields.carriedOutBy ?? 'institution',
      started_on: fields.startedOn ?? null,
      ended_on: fields.endedOn ?? null,
      actual_quantity: fields.actualQuantity ?? null,
      outcome_kind: fields.outcomeKind ?? null,
      outputs: null,
      notes: null,
      institution_spent_rupiah: fields.spent?.institution ?? 0,
      partner_spent_rupiah: fields.spent?.partner ?? 0,
      version: 1,
      created_by_user_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}
