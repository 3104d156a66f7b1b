import type { z } from 'zod';
import type { createInteractionRequestSchema, Interaction } from '../../../shared/contracts/interactions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { checkInteractionReferences } from './check-interaction-references';
import { getInteraction } from './get-interaction';
import { checkOccurredAt, findingValues } from './interaction-row-values';
import { insertInteractionRow, replaceInteractionLinks } from './interactions.repository';

type CreateInput = z.output<typeof createInteractionRequestSchema>;

/** Logs one contact with a partner (step 2 and after), with its findings and follow-up task. */
export async function createInteraction(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<Interaction> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const occurredAt = checkOccurredAt(input.occurredAt, now);
  await checkInteractionReferences(deps.db, institutionId, input);
  const id = newId();
  const stamp = now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await insertInteractionRow(trx, {
      id,
      institution_id: institutionId,
      partnership_id: input.partnershipId ?? null,
      kind: input.kind,
      approach: input.approach,
      occurred_at: occurredAt,
      summary: input.summary ?? null,
      ...findingValues(input.findings ?? {}),
      staff_user_ids_json: JSON.stringify(input.staffUserIds ?? []),
      follow_up_task: input.followUp?.task ?? null,
      follow_up_due_on: input.followUp?.dueOn ?? null,
      created_by_user_id: principal.userId,
      version: 1,
      created_at: stamp,
      updated_at: stamp,
    });
    await replaceInteractionLinks(trx, institutionId, id, {
      partnerIds: input.partnerIds,
      contactIds: input.contactIds ?? [],
    });
    const interaction = await getInteraction(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'interaction.created',
        entityType: 'interaction',
        entityId: id,
        after: interaction,
      },
    );
    return interaction;
  });
}
