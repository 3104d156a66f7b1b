import type { Agreement } from '../../../shared/contracts/agreements';
import { agreementKindNumberCodes, type AgreementKind } from '../../../shared/domain/agreement-status';
import { formatDocumentNumber } from '../../../shared/domain/document-number';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { findInstitutionRow, takeNextSequence, updateAgreementRow } from './agreements.repository';
import { fieldsOfRow } from './build-agreement-document-input';
import { checkAgreementReadiness } from './check-agreement-readiness';
import { agreementOf, currentClauseOverrides, getAgreementRow, institutionToday } from './get-agreement';

/**
 * Sends the agreement for signatures: its current version is the one to be signed, and it takes
 * the institution's next number of the year (the counter row is locked until the transaction ends,
 * so two requests at once never share a number).
 */
export async function requestSignatures(
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
): Promise<Agreement> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const today = await institutionToday(deps.db, institutionId, now);
  return deps.db.transaction().execute(async (trx) => {
    const row = await getAgreementRow(trx, institutionId, id);
    if (row.status !== 'draft' && row.status !== 'in_review') {
      throw new AppError(
        row.status === 'awaiting_signatures' ? 'AGREEMENT_NOT_EDITABLE' : 'AGREEMENT_SIGNED',
        {
          status: row.status,
        },
      );
    }
    checkAgreementReadiness(fieldsOfRow(row, await currentClauseOverrides(trx, institutionId, row)));
    const institution = await findInstitutionRow(trx, institutionId);
    const [year, month] = today.split('-').map(Number) as [number, number];
    const sequence = await takeNextSequence(trx, institutionId, year);
    const number = formatDocumentNumber(institution?.document_number_pattern ?? '{seq:3}/{kind}/{year}', {
      sequence,
      kind: agreementKindNumberCodes[row.kind as AgreementKind],
      unit: institution?.unit_code ?? '',
      month,
      year,
    });
    const changed = await updateAgreementRow(trx, institutionId, id, row.version, {
      status: 'awaiting_signatures',
      institution_number: number,
      number_year: year,
      number_sequence: sequence,
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
        action: 'agreement.signatures_requested',
        entityType: 'agreement',
        entityId: id,
        before: { status: row.status, institutionNumber: row.institution_number },
        after: { status: after.storedStatus, institutionNumber: number, versionNumber: row.current_version },
      },
    );
    return after;
  });
}
