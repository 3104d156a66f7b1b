import type { Agreement } from '../../../shared/contracts/agreements';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { newId } from '../../platform/ids';
import type { AgreementListRow, AgreementRow } from './agreements.repository';
import { fieldsOfRow, type AgreementFields } from './build-agreement-document-input';
import { insertNewAgreement, newDraftState } from './create-agreement';
import { currentClauseOverrides } from './get-agreement';

interface ChildSpec {
  kind: AgreementKind;
  startsOn: string;
  endsOn: string;
  subject: string;
  place: string;
  changes: string[] | null;
}

/** The new agreement keeps the parties, signatories, pattern and terms; it is a draft of its own. */
export async function createChildAgreement(
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
