import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { createInteractionRequestSchema, Interaction } from '../../../shared/contracts/interactions';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { checkInteractionReferences } from './check-interaction-references';
import { getNewInteraction } from './get-interaction';
import { checkOccurredAt, findingValues } from './interaction-row-values';
import { insertInteractionLinks, insertInteractionRow } from './interactions.repository';

export type CreateInteractionInput = z.output<typeof createInteractionRequestSchema>;
type CreateInput = CreateInteractionInput;

/** Logs one contact with a partner (step 2 and after), with its findings and follow-up task. */
export async function createInteraction(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<Interaction> {
  checkOccurredAt(input.occurredAt, deps.clock.now());
  await checkInteractionReferences(deps.db, principal.institutionId, input);
  return deps.db
    .transaction()
    .execute((trx) => createInteractionWithin(trx, deps, principal, input, requestId));
}

/**
 * The same inside the caller's transaction, for a use case whose own change and the logged contact
 * must land together (a message confirmed as sent); the caller has checked the references.
 */
export async function createInteractionWithin(
  trx: Transaction<Database>,
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<Interaction> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const occurredAt = checkOccurredAt(input.occurredAt, now);
  const id = newId();
  const stamp = now.toISOString();
  const row = await insertInteractionRow(trx, {
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
  await insertInteractionLinks(trx, institutionId, id, {
    partnerIds: input.partnerIds,
    contactIds: input.contactIds ?? [],
  });
  const interaction = await getNewInteraction(trx, row);
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
}
