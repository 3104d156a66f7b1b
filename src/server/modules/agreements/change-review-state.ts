import type { Updateable } from 'kysely';
import type { Agreement } from '../../../shared/contracts/agreements';
import type { AgreementsTable } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { updateAgreementRow, type AgreementRow } from './agreements.repository';
import { agreementOf, getAgreementRow } from './get-agreement';
import { checkEditable } from './update-agreement';

export async function changeReviewState(
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
  action: string,
  changesOf: (row: AgreementRow, stamp: string) => Updateable<AgreementsTable>,
): Promise<Agreement> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await getAgreementRow(trx, institutionId, id);
    checkEditable(row);
    const changes = changesOf(row, now.toISOString());
    const changed = await updateAgreementRow(trx, institutionId, id, row.version, changes);
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    const after = await agreementOf(trx, institutionId, await getAgreementRow(trx, institutionId, id), now);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action,
        entityType: 'agreement',
        entityId: id,
        before: { status: row.status, internalApprovedAt: row.internal_approved_at },
        after: {
          status: after.storedStatus,
          internalApprovedAt: after.review.internalApprovedAt,
          versionNumber: row.current_version,
        },
      },
    );
    return after;
  });
}
