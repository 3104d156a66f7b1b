import type { z } from 'zod';
import type { createValueRecordSchema, ValueRecord } from '../../../shared/contracts/value-records';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { checkGivenOn } from './check-given-on';
import { toValueRecord } from './value-record-mappers';
import { findValueRecordRow, insertValueRecordRow, partnerExists } from './value-records.repository';

export async function createValueRecord(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  input: z.output<typeof createValueRecordSchema>,
  requestId: string,
): Promise<ValueRecord> {
  const institutionId = principal.institutionId;
  if (!(await partnerExists(deps.db, institutionId, partnerId))) throw new AppError('PARTNER_NOT_FOUND');
  await checkGivenOn(deps, institutionId, input.givenOn);
  const stamp = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const id = newId();
    await insertValueRecordRow(trx, {
      id,
      institution_id: institutionId,
      partner_id: partnerId,
      kind: input.kind,
      category: input.category,
      title: input.title,
      description: input.description ?? null,
      given_on: input.givenOn,
      version: 1,
      created_by_user_id: principal.userId,
      created_at: stamp,
      updated_at: stamp,
    });
    const after = toValueRecord((await findValueRecordRow(trx, institutionId, partnerId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      { institutionId, action: 'value_record.created', entityType: 'value_record', entityId: id, after },
    );
    return after;
  });
}
