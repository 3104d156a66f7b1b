import type { Insertable } from 'kysely';
import type { z } from 'zod';
import type { Activity, createActivityRequestSchema } from '../../../shared/contracts/activities';
import { outcomeKindOfTarget } from '../../../shared/domain/outcome-kind-of-target';
import type { ActivitiesTable } from '../../db/schema';

type CreateInput = z.output<typeof createActivityRequestSchema>;

/** What of a plan item an activity's defaults come from. */
export interface ActivityItemSource {
  id: string;
  work_plan_id: string;
  responsible_party: string;
  target_unit: string;
  target_description: string;
}

/**
 * The activity's row as `createActivity` writes it: the party carrying it out and the outcome kind
 * default from the plan item (`outcomeKindOfTarget`), else the institution and "other".
 */
export function activityRowValues(
  input: CreateInput,
  item: ActivityItemSource | null,
  record: { id: string; institutionId: string; partnershipId: string; userId: string | null; at: string },
): Insertable<ActivitiesTable> {
  return {
    id: record.id,
    institution_id: record.institutionId,
    partnership_id: record.partnershipId,
    work_plan_id: item?.work_plan_id ?? null,
    work_plan_item_id: item?.id ?? null,
    title: input.title,
    status: input.status,
    carried_out_by:
      input.carriedOutBy ??
      (item?.responsible_party as Activity['carriedOutBy'] | undefined) ??
      'institution',
    started_on: input.startedOn ?? null,
    ended_on: input.endedOn ?? null,
    actual_quantity: input.actualQuantity ?? null,
    outcome_kind:
      input.outcomeKind ??
      (item
        ? outcomeKindOfTarget({ unit: item.target_unit, description: item.target_description })
        : 'other'),
    outputs: input.outputs ?? null,
    notes: input.notes ?? null,
    institution_spent_rupiah: input.institutionSpentRupiah ?? 0,
    partner_spent_rupiah: input.partnerSpentRupiah ?? 0,
    version: 1,
    created_by_user_id: record.userId,
    created_at: record.at,
    updated_at: record.at,
  };
}
