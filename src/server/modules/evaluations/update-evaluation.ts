import type { z } from 'zod';
import type { Evaluation, updateEvaluationRequestSchema } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import {
  listEvaluationItemRows,
  updateEvaluationItemRow,
  updateEvaluationRow,
} from './evaluations.repository';
import { getEvaluation, getEvaluationRow } from './get-evaluation';

type UpdateInput = z.output<typeof updateEvaluationRequestSchema>;

/** The institution's part and its judgement of each item; fields left out stay as they are. */
export async function updateEvaluation(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: UpdateInput,
  requestId: string,
): Promise<Evaluation> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getEvaluationRow(trx, institutionId, id);
    if (row.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    const before = await getEvaluation(trx, institutionId, id);
    const itemRows = await listEvaluationItemRows(trx, institutionId, id);
    const known = new Set(itemRows.map((item) => item.id));
    for (const item of input.items ?? []) {
      if (!known.has(item.id)) throw new AppError('EVALUATION_ITEM_UNKNOWN', { itemId: item.id });
    }
    const changed = await updateEvaluationRow(trx, institutionId, id, row.version, {
      ...(input.goalsSummary !== undefined ? { goals_summary: input.goalsSummary } : {}),
      ...(input.obstacles !== undefined ? { obstacles: input.obstacles } : {}),
      ...(input.institutionSatisfaction !== undefined
        ? { institution_satisfaction: input.institutionSatisfaction }
        : {}),
      ...(input.recommendations !== undefined ? { recommendations: input.recommendations } : {}),
      updated_at: deps.clock.now().toISOString(),
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    for (const item of input.items ?? []) {
      await updateEvaluationItemRow(trx, institutionId, item.id, {
        outcome: item.outcome,
        goal_reached: item.goalReached,
        note: item.note ?? null,
      });
    }
    const after = await getEvaluation(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'evaluation.updated',
        entityType: 'evaluation',
        entityId: id,
        before: {
          institutionPart: before.institutionPart,
          items: itemsForAudit(before),
          version: before.version,
        },
        after: {
          institutionPart: after.institutionPart,
          items: itemsForAudit(after),
          version: after.version,
        },
      },
    );
    return after;
  });
}

function itemsForAudit(evaluation: Evaluation) {
  return evaluation.items.map(({ id, outcome, goalReached, note }) => ({ id, outcome, goalReached, note }));
}
