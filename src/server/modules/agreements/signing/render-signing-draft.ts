import type { AppDeps } from '../../../platform/app-deps';
import { renderAgreementFile, type RenderedFile } from '../render-agreement-file';
import { openSigningLink } from './read-public-signing';

/** The version the partner is asked to sign, as a PDF still marked DRAF, for reading before signing. */
export async function renderSigningDraft(
  deps: AppDeps,
  agreementId: string,
  token: string,
): Promise<RenderedFile> {
  const link = await openSigningLink(deps.db, agreementId, token, deps.clock.now());
  return renderAgreementFile(deps, link.institutionId, agreementId, 'pdf');
}
