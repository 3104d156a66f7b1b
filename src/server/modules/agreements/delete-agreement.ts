import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { deleteAgreementRows } from './agreements.repository';
import { getAgreement, getAgreementRow } from './get-agreement';
import { checkVersion } from './update-agreement';

/** Only a draft nobody was asked to review or sign can go; later ones keep their history. */
export async function deleteAgreement(
  deps: AppDeps,
  principal: Principal,
  id: string,
  version: number,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const row = await getAgreementRow(trx, institutionId, id);
    if (row.status !== 'draft') throw new AppError('AGREEMENT_NOT_EDITABLE', { status: row.status });
    checkVersion(row, version);
    const before = await getAgreement(trx, institutionId, id, deps.clock.now());
    if (before.childAgreementIds.length > 0)
      throw new AppError('AGREEMENT_NOT_EDITABLE', { status: row.status });
    await deleteAgreementRows(trx, institutionId, id);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'agreement.deleted', entityType: 'agreement', entityId: id, before },
    );
  });
}
