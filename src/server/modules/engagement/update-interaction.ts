import type { z } from 'zod';
import type { Interaction, updateInteractionRequestSchema } from '../../../shared/contracts/interactions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { checkInteractionReferences } from './check-interaction-references';
import { getInteraction } from './get-interaction';
import { checkOccurredAt, findingValues } from './interaction-row-values';
import { replaceInteractionLinks, updateInteractionRow } from './interactions.repository';

type UpdateInput = z.output<typeof updateInteractionRequestSchema>;

/** Changes the fields sent; `findings` replaces all of them; a stale `version` is 409. */
export async function updateInteraction(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: UpdateInput,
  requestId: string,
): Promise<Interaction> {
  const institutionId = principal.institutionId;
  const current = await getInteraction(deps.db, institutionId, id);
  const now = deps.clock.now();
  const occurredAt = input.occurredAt !== undefined ? checkOccurredAt(input.occurredAt, now) : undefined;
  const partnerIds = input.partnerIds ?? current.partners.map((partner) => partner.id);
  await checkInteractionReferences(deps.db, institutionId, {
    partnerIds,
    // Contacts are checked against the partners the interaction will have.
    contactIds: input.contactIds ?? (input.partnerIds ? current.contacts.map((c) => c.id) : undefined),
    staffUserIds: input.staffUserIds,
    partnershipId: input.partnershipId,
  });
  return deps.db.transaction().execute(async (trx) => {
    const before = await getInteraction(trx, institutionId, id);
    const changes = {
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.approach !== undefined ? { approach: input.approach } : {}),
      ...(occurredAt !== undefined ? { occurred_at: occurredAt } : {}),
      ...(input.partnershipId !== undefined ? { partnership_id: input.partnershipId } : {}),
      ...(input.summary !== undefined ? { summary: input.summary } : {}),
      ...(input.findings !== undefined ? findingValues(input.findings) : {}),
      ...(input.staffUserIds !== undefined
        ? { staff_user_ids_json: JSON.stringify(input.staffUserIds) }
        : {}),
      ...(input.followUp !== undefined
        ? { follow_up_task: input.followUp?.task ?? null, follow_up_due_on: input.followUp?.dueOn ?? null }
        : {}),
      // A changed or removed task is a new one: it is open again.
      ...(input.followUp !== undefined &&
      (input.followUp?.task !== before.followUp?.task || input.followUp?.dueOn !== before.followUp?.dueOn)
        ? { follow_up_done_at: null, follow_up_done_by_user_id: null }
        : {}),
      updated_at: now.toISOString(),
    };
    if (!(await updateInteractionRow(trx, institutionId, id, input.version, changes)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await replaceInteractionLinks(trx, institutionId, id, {
      partnerIds: input.partnerIds,
      contactIds: input.contactIds,
    });
    const after = await getInteraction(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'interaction.updated',
        entityType: 'interaction',
        entityId: id,
        before,
        after,
      },
    );
    return after;
  });
}
