import type { z } from 'zod';
import type {
  addendumRequestSchema,
  Agreement,
  extendAgreementRequestSchema,
} from '../../../shared/contracts/agreements';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import type { AgreementListRow, AgreementRow } from './agreements.repository';
import { fieldsOfRow, type AgreementFields } from './build-agreement-document-input';
import { checkAgreementPeriod } from './check-agreement-values';
import { insertNewAgreement, newDraftState } from './create-agreement';
import { periodText } from './document/document-words';
import { currentClauseOverrides, getAgreementRow } from './get-agreement';

/** Only an agreement in force (or just run out) is renewed or amended; the stored status is active. */
function checkExtendable(row: AgreementListRow): void {
  if (row.status !== 'active') throw new AppError('AGREEMENT_NOT_EXTENDABLE', { status: row.status });
}

interface ChildSpec {
  kind: AgreementKind;
  startsOn: string;
  endsOn: string;
  subject: string;
  place: string;
  changes: string[] | null;
}

/** The new agreement keeps the parties, signatories, pattern and terms; it is a draft of its own. */
async function createChild(
  deps: AppDeps,
  principal: Principal,
  parent: AgreementListRow,
  spec: ChildSpec,
  requestId: string,
  action: string,
): Promise<Agreement> {
  const parentFields = fieldsOfRow(
    parent,
    await currentClauseOverrides(deps.db, parent.institution_id, parent),
  );
  const stamp = deps.clock.now().toISOString();
  const fields: AgreementFields = {
    ...parentFields,
    kind: spec.kind,
    subject: spec.subject,
    place: spec.place,
    startsOn: spec.startsOn,
    endsOn: spec.endsOn,
    datedOn: null,
    partnerNumber: null,
    changes: spec.changes,
    // Article texts written for the parent's kind do not fit an addendum's articles.
    clauseOverrides: {},
  };
  const row: AgreementRow = {
    ...parent,
    id: newId(),
    kind: spec.kind,
    subject: spec.subject,
    place: spec.place,
    status: 'draft',
    starts_on: spec.startsOn,
    ends_on: spec.endsOn,
    dated_on: null,
    institution_number: null,
    partner_number: null,
    number_year: null,
    number_sequence: null,
    parent_agreement_id: parent.id,
    current_version: 1,
    changes_json: spec.changes ? JSON.stringify(spec.changes) : null,
    ...newDraftState(principal.userId, stamp),
  };
  const { partnership_name: _partnership, partner_name: _partner, ...plainRow } = row as AgreementListRow;
  return insertNewAgreement(deps, principal, plainRow, fields, null, requestId, {
    action,
    before: { parentAgreementId: parent.id },
  });
}

/**
 * Renews an agreement (guide step 11): unchanged, as an extension with the same terms and a new
 * term; or with changes, as an addendum that also sets the new term.
 */
export async function extendAgreement(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof extendAgreementRequestSchema>,
  requestId: string,
): Promise<Agreement> {
  const parent = await getAgreementRow(deps.db, principal.institutionId, id);
  checkExtendable(parent);
  checkAgreementPeriod(input.startsOn, input.endsOn);
  const given = input.changes ?? [];
  if (input.mode === 'with_addendum' && given.length === 0) {
    throw new AppError('VALIDATION_FAILED', [
      { path: ['body', 'changes'], code: 'too_small', message: 'CHANGES_REQUIRED' },
    ]);
  }
  const termChange = `Jangka waktu kerja sama diperpanjang untuk masa ${periodText(input.startsOn, input.endsOn)}.`;
  return createChild(
    deps,
    principal,
    parent,
    {
      kind: input.mode === 'unchanged' ? 'extension' : 'addendum',
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      subject: parent.subject,
      place: input.place ?? parent.place,
      changes: input.mode === 'unchanged' ? null : [...given, termChange],
    },
    requestId,
    'agreement.extended',
  );
}

/** Changes provisions of an agreement in force, for the rest of its term. */
export async function createAddendum(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof addendumRequestSchema>,
  requestId: string,
): Promise<Agreement> {
  const parent = await getAgreementRow(deps.db, principal.institutionId, id);
  checkExtendable(parent);
  return createChild(
    deps,
    principal,
    parent,
    {
      kind: 'addendum',
      startsOn: parent.starts_on,
      endsOn: parent.ends_on,
      subject: input.subject ?? parent.subject,
      place: input.place ?? parent.place,
      changes: input.changes,
    },
    requestId,
    'agreement.addendum_created',
  );
}
