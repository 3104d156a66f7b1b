import type { z } from 'zod';
import type { Agreement, createAgreementRequestSchema } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import type { AgreementRow } from './agreements.repository';
import { insertAgreementRow } from './agreements.repository';
import {
  findPartnerSource,
  findPartnershipSource,
  isPartnerInPartnership,
} from './agreement-sources.repository';
import type { AgreementFields } from './build-agreement-document-input';
import {
  checkAgreementPeriod,
  checkClauseOverrides,
  checkPatternKnown,
  checkTermsPattern,
} from './check-agreement-values';
import { getAgreement } from './get-agreement';
import { composeContent, insertAgreementVersion } from './record-agreement-version';

type CreateInput = z.output<typeof createAgreementRequestSchema>;

/** The columns every new draft starts with, made or extended: unapproved, unsigned, version 1. */
export function newDraftState(userId: string, stamp: string) {
  return {
    internal_approved_by_user_id: null,
    internal_approved_at: null,
    partner_approved_name: null,
    partner_approved_at: null,
    final_file_id: null,
    final_sha256: null,
    activated_at: null,
    terminated_at: null,
    termination_reason: null,
    version: 1,
    created_by_user_id: userId,
    created_at: stamp,
    updated_at: stamp,
  };
}

/** A new agreement row in draft with its first version; the caller checked the fields. */
export async function insertNewAgreement(
  deps: AppDeps,
  principal: Principal,
  row: AgreementRow,
  fields: AgreementFields,
  note: string | null,
  requestId: string,
  audit: { action: string; before?: unknown },
): Promise<Agreement> {
  const now = deps.clock.now();
  const content = await composeContent(deps, row.institution_id, row, fields, now);
  return deps.db.transaction().execute(async (trx) => {
    await insertAgreementRow(trx, row);
    await insertAgreementVersion(trx, {
      institutionId: row.institution_id,
      agreementId: row.id,
      number: 1,
      content,
      note,
      userId: principal.userId,
      at: row.created_at,
    });
    const agreement = await getAgreement(trx, row.institution_id, row.id, now);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: row.institution_id,
        action: audit.action,
        entityType: 'agreement',
        entityId: row.id,
        before: audit.before,
        after: agreement,
      },
    );
    return agreement;
  });
}

/** Drafts an MoU or PKS between the institution and one partner of the partnership (guide step 6). */
export async function createAgreement(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<Agreement> {
  const institutionId = principal.institutionId;
  const partnership = await findPartnershipSource(deps.db, institutionId, input.partnershipId);
  if (!partnership) throw new AppError('PARTNERSHIP_NOT_FOUND');
  if (!(await findPartnerSource(deps.db, institutionId, input.partnerId)))
    throw new AppError('PARTNER_NOT_FOUND');
  if (!(await isPartnerInPartnership(deps.db, institutionId, input.partnershipId, input.partnerId))) {
    throw new AppError('AGREEMENT_PARTNER_NOT_IN_PARTNERSHIP', {
      partnershipId: input.partnershipId,
      partnerId: input.partnerId,
    });
  }
  checkAgreementPeriod(input.startsOn, input.endsOn);
  const pattern = input.pattern === undefined ? partnership.pattern : input.pattern;
  await checkPatternKnown(deps.db, institutionId, pattern);
  const terms = input.terms ?? null;
  checkTermsPattern(pattern, terms);
  checkClauseOverrides(input.clauseOverrides);
  const stamp = deps.clock.now().toISOString();
  const signatories = {
    institution: { ...input.signatories.institution, userId: input.signatories.institution.userId ?? null },
    partner: { ...input.signatories.partner, contactId: input.signatories.partner.contactId ?? null },
  };
  const witnesses = (input.witnesses ?? []).map((witness) => ({
    ...witness,
    position: witness.position ?? null,
  }));
  const row: AgreementRow = {
    id: newId(),
    institution_id: institutionId,
    partnership_id: input.partnershipId,
    partner_id: input.partnerId,
    kind: input.kind,
    pattern,
    subject: input.subject,
    place: input.place,
    status: 'draft',
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    dated_on: input.datedOn ?? null,
    institution_number: null,
    partner_number: input.partnerNumber ?? null,
    number_year: null,
    number_sequence: null,
    parent_agreement_id: null,
    current_version: 1,
    signatories_json: JSON.stringify({ ...signatories, witnesses }),
    terms_json: terms ? JSON.stringify(terms) : null,
    changes_json: null,
    ...newDraftState(principal.userId, stamp),
  };
  const fields: AgreementFields = {
    kind: input.kind,
    pattern,
    subject: input.subject,
    place: input.place,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    datedOn: input.datedOn ?? null,
    partnerNumber: input.partnerNumber ?? null,
    signatories,
    witnesses,
    terms,
    changes: null,
    clauseOverrides: input.clauseOverrides ?? {},
  };
  return insertNewAgreement(deps, principal, row, fields, input.versionNote ?? null, requestId, {
    action: 'agreement.created',
  });
}
