import type { AppDeps } from '../../platform/app-deps';
import { openReviewLink } from './open-review-link';
import { renderAgreementFile, type DocumentFormat, type RenderedFile } from './render-agreement-file';

export async function renderPublicAgreementDocument(
  deps: Pick<AppDeps, 'db' | 'files' | 'clock'>,
  id: string,
  token: string,
  format: DocumentFormat,
): Promise<RenderedFile> {
  const link = await openReviewLink(deps.db, id, token, deps.clock.now());
  return renderAgreementFile(deps, link.institutionId, id, format);
}
