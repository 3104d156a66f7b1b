import type { z } from 'zod';
import type { Agreement, updateAgreementRequestSchema } from '../../../shared/contracts/agreements';
import { isAgreementEditable, type StoredAgreementStatus } from '../../../shared/domain/agreement-status';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { updateAgreementRow, type AgreementRow } from './agreements.repository';
import { fieldsOfRow, type AgreementFields } from './build-agreement-document-input';
import {
  checkAgreementPeriod,
  checkClauseOverrides,
  checkPatternKnown,
  checkTermsPattern,
} from './check-agreement-values';
import { agreementOf, currentClauseOverrides, getAgreementRow } from './get-agreement';
import { composeContent, insertAgreementVersion } from './record-agreement-version';

type UpdateInput = z.output<typeof updateAgreementRequestSchema>;

/** Text may change while a draft or in review; after that the answer says why it cannot. */
export function checkEditable(row: AgreementRow): void {
  const status = row.status as StoredAgreementStatus;
  if (isAgreementEditable(status)) return;
  throw new AppError(status === 'awaiting_signatures' ? 'AGREEMENT_NOT_EDITABLE' : 'AGREEMENT_SIGNED', {
    status,
  });
}

export function checkVersion(row: AgreementRow, version: number): void {
  if (row.version !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
}

function mergeFields(before: AgreementFields, input: UpdateInput): AgreementFields {
  const witnesses = input.witnesses?.map((witness) => ({ ...witness, position: witness.position ?? null }));
  return {
    ...before,
    ...(input.subject !== undefined ? { subject: input.subject } : {}),
    ...(input.place !== undefined ? { place: input.place } : {}),
    ...(input.startsOn !== undefined ? { startsOn: input.startsOn } : {}),
    ...(input.endsOn !== undefined ? { endsOn: input.endsOn } : {}),
    ...(input.datedOn !== undefined ? { datedOn: input.datedOn } : {}),
    ...(input.pattern !== undefined ? { pattern: input.pattern } : {}),
    ...(input.terms !== undefined ? { terms: input.terms } : {}),
    ...(input.partnerNumber !== undefined ? { partnerNumber: input.partnerNumber } : {}),
    ...(input.clauseOverrides !== undefined ? { clauseOverrides: input.clauseOverrides } : {}),
    ...(input.changes !== undefined ? { changes: input.changes } : {}),
    ...(witnesses !== undefined ? { witnesses } : {}),
    ...(input.signatories !== undefined
      ? {
          signatories: {
            institution: {
              ...input.signatories.institution,
              userId: input.signatories.institution.userId ?? null,
            },
            partner: { ...input.signatories.partner, contactId: input.signatories.partner.contactId ?? null },
          },
        }
      : {}),
  };
}

/**
 * Every accepted edit is a new version holding the whole content. Approvals given for the earlier
 * text no longer hold: whoever approved must read the new one.
 */
export async function updateAgreement(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: UpdateInput,
  requestId: string,
): Promise<Agreement> {
  const institutionId = principal.institutionId;
  const now = deps.clock.now();
  const row = await getAgreementRow(deps.db, institutionId, id);
  checkEditable(row);
  checkVersion(row, input.version);
  const before = fieldsOfRow(row, await currentClauseOverrides(deps.db, institutionId, row));
  const fields = mergeFields(before, input);
  checkAgreementPeriod(fields.startsOn, fields.endsOn);
  if (input.pattern !== undefined) await checkPatternKnown(deps.db, institutionId, fields.pattern);
  checkTermsPattern(fields.pattern, fields.terms);
  checkClauseOverrides(input.clauseOverrides);
  if (input.changes !== undefined && row.kind !== 'addendum' && row.kind !== 'extension') {
    throw new AppError('VALIDATION_FAILED', [
      { path: ['body', 'changes'], code: 'custom', message: 'CHANGES_ONLY_FOR_ADDENDUM' },
    ]);
  }
  const content = await composeContent(deps, institutionId, row, fields, now);
  const stamp = now.toISOString();
  const nextVersion = row.current_version + 1;
  return deps.db.transaction().execute(async (trx) => {
    const changed = await updateAgreementRow(trx, institutionId, id, row.version, {
      subject: fields.subject,
      place: fields.place,
      starts_on: fields.startsOn,
      ends_on: fields.endsOn,
      dated_on: fields.datedOn,
      pattern: fields.pattern,
      partner_number: fields.partnerNumber,
      signatories_json: JSON.stringify({ ...fields.signatories, witnesses: fields.witnesses }),
      terms_json: fields.terms ? JSON.stringify(fields.terms) : null,
      changes_json: fields.changes ? JSON.stringify(fields.changes) : null,
      current_version: nextVersion,
      internal_approved_by_user_id: null,
      internal_approved_at: null,
      partner_approved_name: null,
      partner_approved_at: null,
      updated_at: stamp,
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    await insertAgreementVersion(trx, {
      institutionId,
      agreementId: id,
      number: nextVersion,
      content,
      note: input.versionNote ?? null,
      userId: principal.userId,
      at: stamp,
    });
    const after = await agreementOf(trx, institutionId, await getAgreementRow(trx, institutionId, id), now);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'agreement.updated',
        entityType: 'agreement',
        entityId: id,
        before: { version: row.version, currentVersion: row.current_version, fields: before },
        after,
      },
    );
    return after;
  });
}
