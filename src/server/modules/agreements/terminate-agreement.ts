import type { z } from 'zod';
import type { Agreement, terminateAgreementRequestSchema } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { updateAgreementRow } from './agreements.repository';
import { agreementOf, getAgreementRow } from './get-agreement';
import { checkVersion } from './update-agreement';

/** Ends an agreement in force before its term, with the reason on record (the signed copy stays). */
export async function terminateAgreement(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof terminateAgreementRequestSchema>,
  requestId: string,
): Promise<Agreement> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await getAgreementRow(trx, institutionId, id);
    if (row.status !== 'active') throw new AppError('AGREEMENT_NOT_ACTIVE', { status: row.status });
    checkVersion(row, input.version);
    const changed = await updateAgreementRow(trx, institutionId, id, row.version, {
      status: 'terminated',
      terminated_at: now.toISOString(),
      termination_reason: input.reason,
      updated_at: now.toISOString(),
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    const after = await agreementOf(trx, institutionId, await getAgreementRow(trx, institutionId, id), now);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'agreement.terminated',
        entityType: 'agreement',
        entityId: id,
        before: { status: row.status },
        after: { status: after.storedStatus, terminatedAt: after.terminatedAt, reason: input.reason },
      },
    );
    return after;
  });
}
