import type { z } from 'zod';
import type { Agreement, extendAgreementRequestSchema } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { checkAgreementExtendable } from './check-agreement-extendable';
import { checkAgreementPeriod } from './check-agreement-values';
import { createChildAgreement } from './create-child-agreement';
import { periodText } from './document/document-words';
import { getAgreementRow } from './get-agreement';

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
  checkAgreementExtendable(parent);
  checkAgreementPeriod(input.startsOn, input.endsOn);
  const given = input.changes ?? [];
  if (input.mode === 'with_addendum' && given.length === 0) {
    throw new AppError('VALIDATION_FAILED', [
      { path: ['body', 'changes'], code: 'too_small', message: 'CHANGES_REQUIRED' },
    ]);
  }
  const termChange = `Jangka waktu kerja sama diperpanjang untuk masa ${periodText(input.startsOn, input.endsOn)}.`;
  return createChildAgreement(
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
