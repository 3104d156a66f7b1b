import type { z } from 'zod';
import type { meteraiNoteRequestSchema, meteraiNoteSchema } from '../../../../shared/contracts/agreements';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { writeAudit } from '../../../platform/audit/audit-writer';
import { AppError } from '../../../platform/http/app-error';
import { newId } from '../../../platform/ids';
import { loadSigningAgreement, requireSignedCopy } from './signing-agreement';
import { insertMeteraiNoteRow } from './signatures.repository';

type MeteraiNoteInput = z.output<typeof meteraiNoteRequestSchema>;
export type MeteraiNote = z.input<typeof meteraiNoteSchema>;

/**
 * Which stamp duty a printed copy carries. A meterai is affixed to the paper copies after signing, so
 * only a signed agreement takes a note; an e-Meterai is identified by its serial.
 */
export async function recordMeteraiNote(
  deps: AppDeps,
  principal: Principal,
  agreementId: string,
  input: MeteraiNoteInput,
  requestId: string,
): Promise<MeteraiNote> {
  if (input.kind === 'e_meterai' && !input.serial) throw new AppError('METERAI_SERIAL_REQUIRED');
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const { row } = await loadSigningAgreement(trx, institutionId, agreementId);
    requireSignedCopy(row);
    const note = {
      id: newId(),
      copyHolder: input.copyHolder,
      kind: input.kind,
      serial: input.serial ?? null,
      note: input.note ?? null,
      recordedAt: deps.clock.now().toISOString(),
    };
    await insertMeteraiNoteRow(trx, {
      id: note.id,
      institution_id: institutionId,
      agreement_id: agreementId,
      copy_holder: note.copyHolder,
      kind: note.kind,
      serial: note.serial,
      note: note.note,
      recorded_by_user_id: principal.userId,
      recorded_at: note.recordedAt,
    });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'agreement.meterai_noted',
        entityType: 'agreement',
        entityId: agreementId,
        after: note,
      },
    );
    return note;
  });
}
