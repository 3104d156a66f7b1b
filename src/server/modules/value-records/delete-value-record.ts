import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { toValueRecord } from './value-record-mappers';
import { deleteValueRecordRow, findValueRecordRow } from './value-records.repository';

export async function deleteValueRecord(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  id: string,
  version: number,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const row = await findValueRecordRow(trx, institutionId, partnerId, id);
    if (!row) throw new AppError('VALUE_RECORD_NOT_FOUND');
    if (!(await deleteValueRecordRow(trx, institutionId, id, version)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'value_record.deleted',
        entityType: 'value_record',
        entityId: id,
        before: toValueRecord(row),
      },
    );
  });
}
