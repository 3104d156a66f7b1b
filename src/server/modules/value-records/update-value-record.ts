import type { z } from 'zod';
import type { updateValueRecordSchema, ValueRecord } from '../../../shared/contracts/value-records';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { checkGivenOn } from './check-given-on';
import { toValueRecord } from './value-record-mappers';
import { findValueRecordRow, updateValueRecordRow } from './value-records.repository';

/** Changes the fields sent; a stale `version` is 409. */
export async function updateValueRecord(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  id: string,
  input: z.output<typeof updateValueRecordSchema>,
  requestId: string,
): Promise<ValueRecord> {
  const institutionId = principal.institutionId;
  const current = await findValueRecordRow(deps.db, institutionId, partnerId, id);
  if (!current) throw new AppError('VALUE_RECORD_NOT_FOUND');
  if (input.givenOn !== undefined) await checkGivenOn(deps, institutionId, input.givenOn);
  return deps.db.transaction().execute(async (trx) => {
    const before = await findValueRecordRow(trx, institutionId, partnerId, id);
    if (!before) throw new AppError('VALUE_RECORD_NOT_FOUND');
    const changes = {
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description ?? null } : {}),
      ...(input.givenOn !== undefined ? { given_on: input.givenOn } : {}),
      updated_at: deps.clock.now().toISOString(),
    };
    if (!(await updateValueRecordRow(trx, institutionId, id, input.version, changes)))
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = toValueRecord((await findValueRecordRow(trx, institutionId, partnerId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'value_record.updated',
        entityType: 'value_record',
        entityId: id,
        before: toValueRecord(before),
        after,
      },
    );
    return after;
  });
}
