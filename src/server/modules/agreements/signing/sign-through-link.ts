import type { AppDeps } from '../../../platform/app-deps';
import { AppError } from '../../../platform/http/app-error';
import type { UploadedFile } from '../../../platform/http/route-definition';
import { openSigningLink, publicSigningOf, type PublicSigning } from './read-public-signing';
import { signAgreement, type SignatureForm } from './sign-agreement';
import { loadSigningAgreement } from './signing-agreement';

/**
 * The partner's signatory signs through the one-time link; the link is spent in the transaction that
 * keeps the signature, so a refused attempt (a typo in the name) leaves it usable.
 */
export async function signThroughLink(
  deps: AppDeps,
  agreementId: string,
  token: string,
  form: SignatureForm,
  file: UploadedFile | undefined,
  origin: { ipAddress: string | null; userAgent: string | null; requestId: string },
): Promise<PublicSigning> {
  const link = await openSigningLink(deps.db, agreementId, token, deps.clock.now());
  if (form.party && form.party !== 'partner') throw new AppError('SIGNER_MISMATCH', { fields: ['party'] });
  await signAgreement(deps, {
    institutionId: link.institutionId,
    agreementId,
    party: 'partner',
    form,
    file,
    origin: { principal: null, link, ...origin },
  });
  const state = await loadSigningAgreement(deps.db, link.institutionId, agreementId);
  return publicSigningOf(deps.db, state, link);
}
