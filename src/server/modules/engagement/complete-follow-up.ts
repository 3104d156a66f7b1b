import type { Interaction } from '../../../shared/contracts/interactions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { setFollowUpDone } from './follow-ups.repository';
import { getInteraction } from './get-interaction';

/** Marks the follow-up task done or open again; asking for the state it already has changes nothing. */
export async function completeFollowUp(
  deps: AppDeps,
  principal: Principal,
  id: string,
  done: boolean,
  requestId: string,
): Promise<Interaction> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const before = await getInteraction(trx, institutionId, id);
    if (!before.followUp) throw new AppError('FOLLOW_UP_MISSING');
    if ((before.followUp.doneAt !== null) === done) return before;
    const now = deps.clock.now().toISOString();
    await setFollowUpDone(
      trx,
      { institutionId, id },
      done ? { at: now, byUserId: principal.userId } : null,
      now,
    );
    const after = await getInteraction(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: done ? 'interaction.follow_up_completed' : 'interaction.follow_up_reopened',
        entityType: 'interaction',
        entityId: id,
        before,
        after,
      },
    );
    return after;
  });
}
