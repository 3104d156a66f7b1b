import type { Need, NeedDecision } from '../../../shared/contracts/needs';
import type { NeedDecisionRow, NeedRow } from './needs.repository';

export type DecisionCounts = Need['decisionCounts'];
export const noDecisions: DecisionCounts = { pursue: 0, not_now: 0, not_relevant: 0 };

export function toNeed(row: NeedRow, decisionCounts: DecisionCounts = noDecisions): Need {
  return {
    id: row.id,
    title: row.title,
    item: row.item as Need['item'],
    priority: row.priority as Need['priority'],
    quantity: row.quantity === null ? null : Number(row.quantity),
    periodStart: row.period_start,
    periodEnd: row.period_end,
    programme: row.programme,
    notes: row.notes,
    status: row.status as Need['status'],
    decisionCounts,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toNeedDecision(row: NeedDecisionRow): NeedDecision {
  return {
    id: row.id,
    needId: row.need_id,
    partnerId: row.partner_id,
    decision: row.decision as NeedDecision['decision'],
    reason: row.reason,
    partnershipId: row.partnership_id,
    decidedByUserId: row.decided_by_user_id,
    decidedAt: row.decided_at,
  };
}

/** Current decisions counted per need. */
export function countByNeed(rows: NeedDecisionRow[]): Map<string, DecisionCounts> {
  const counts = new Map<string, DecisionCounts>();
  for (const row of rows) {
    const current = counts.get(row.need_id) ?? { ...noDecisions };
    current[row.decision as keyof DecisionCounts] += 1;
    counts.set(row.need_id, current);
  }
  return counts;
}
