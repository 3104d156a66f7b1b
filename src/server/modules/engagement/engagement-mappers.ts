import type { InteractionAttachment } from '../../../shared/contracts/interaction-attachments';
import type { Interaction } from '../../../shared/contracts/interactions';
import type { PartnershipSummary, StageEvent } from '../../../shared/contracts/partnerships';
import { findingFields, type FindingField } from '../../../shared/domain/interaction-vocabulary';
import type { InteractionsTable } from '../../db/schema';
import type { InteractionRow } from './interactions.repository';
import type { PartnershipRow, StageEventRow } from './partnerships.repository';

type Named = { id: string; name: string };

export function toPartnershipSummary(row: PartnershipRow, partners: Named[]): PartnershipSummary {
  return {
    id: row.id,
    name: row.name,
    programme: row.programme,
    pattern: row.pattern,
    facilitatorUserId: row.facilitator_user_id,
    cycleYears: JSON.parse(row.cycle_years_json) as number[],
    stage: row.stage as PartnershipSummary['stage'],
    stageChangedAt: row.stage_changed_at,
    partners,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toStageEvent(row: StageEventRow): StageEvent {
  return {
    id: row.id,
    from: row.from_stage as StageEvent['from'],
    to: row.to_stage as StageEvent['to'],
    gate: row.gate,
    facts: JSON.parse(row.facts_json) as StageEvent['facts'],
    reason: row.reason,
    byUserId: row.by_user_id,
    at: row.at,
    entered: row.entered === 1,
  };
}

/** The finding columns, one per guide term. */
export const findingColumns = {
  goals: 'finding_goals',
  scopeOfWork: 'finding_scope_of_work',
  field: 'finding_field',
  vision: 'finding_vision',
  mission: 'finding_mission',
  needs: 'finding_needs',
  offers: 'finding_offers',
  otherNotes: 'finding_other_notes',
} as const satisfies Record<FindingField, keyof InteractionsTable>;

export function toInteraction(
  row: InteractionRow,
  links: { partners: Named[]; contacts: Named[]; attachments: InteractionAttachment[] },
): Interaction {
  return {
    id: row.id,
    kind: row.kind as Interaction['kind'],
    approach: row.approach as Interaction['approach'],
    occurredAt: row.occurred_at,
    partnershipId: row.partnership_id,
    partners: links.partners,
    contacts: links.contacts,
    staffUserIds: JSON.parse(row.staff_user_ids_json) as string[],
    summary: row.summary,
    findings: Object.fromEntries(
      findingFields.map((field) => [field, row[findingColumns[field]]]),
    ) as Interaction['findings'],
    hasFindings: row.has_findings === 1,
    followUp:
      row.follow_up_task && row.follow_up_due_on
        ? { task: row.follow_up_task, dueOn: row.follow_up_due_on, doneAt: row.follow_up_done_at }
        : null,
    attachments: links.attachments,
    createdByUserId: row.created_by_user_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Groups `{owner, id, name}` rows by owner, keeping their order. */
export function groupNamed<K extends string>(
  rows: ({ id: string; name: string } & Record<K, string>)[],
  key: K,
): Map<string, Named[]> {
  const byOwner = new Map<string, Named[]>();
  for (const row of rows) {
    const list = byOwner.get(row[key]) ?? [];
    list.push({ id: row.id, name: row.name });
    byOwner.set(row[key], list);
  }
  return byOwner;
}
