import type { z } from 'zod';
import type { addendumRequestSchema, Agreement } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { checkAgreementExtendable } from './check-agreement-extendable';
import { createChildAgreement } from './create-child-agreement';
import { getAgreementRow } from './get-agreement';

/** Changes provisions of an agreement in force, for the rest of its term. */
export async function createAddendum(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: z.output<typeof addendumRequestSchema>,
  requestId: string,
): Promise<Agreement> {
  const parent = await getAgreementRow(deps.db, principal.institutionId, id);
  checkAgreementExtendable(parent);
  return createChildAgreement(
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
