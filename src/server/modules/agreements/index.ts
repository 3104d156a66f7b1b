/** The agreements module's public entry (guide steps 6, 7 and 11: drafting, signing, extension). */
import type { Db } from '../../db/database';
import { agreementReviewRoutes } from './agreement-review.routes';
import { agreementWorkflowRoutes } from './agreement-workflow.routes';
import { agreementRoutes } from './agreements.routes';
import { countAgreementRows } from './agreements.repository';
import { clauseTemplateRoutes } from './clause-templates.routes';
import { publicSigningRoutes } from './signing/public-signing.routes';
import { signingRoutes } from './signing/signing.routes';

export const agreementsModuleRoutes = [
  ...agreementRoutes,
  ...agreementWorkflowRoutes,
  ...agreementReviewRoutes,
  ...clauseTemplateRoutes,
  ...signingRoutes,
  ...publicSigningRoutes,
];

/** The `agreement_drafted` gate's fact: agreements of the partnership, drafts included. */
export function countAgreementsOfPartnership(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<number> {
  return countAgreementRows(db, institutionId, partnershipId);
}

/** The `signed_agreement` gate's fact: an agreement of the partnership signed by both and in force. */
export async function hasActiveAgreement(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<boolean> {
  return (await countAgreementRows(db, institutionId, partnershipId, 'active')) > 0;
}

export { createDemoAgreements, type DemoAgreementParty } from './create-demo-agreements';
/** Step 11: an evaluation's decision to continue leads to one of these. */
export { createAddendum } from './create-addendum';
export { extendAgreement } from './extend-agreement';
/** Other documents (monev report, evidence pack) are set with the same pdfmake and fonts. */
export { documentFont, pdfMake } from './document/pdfmake-instance';
export { renderAgreementFile, type RenderedFile } from './render-agreement-file';
/** A monitoring visit's berita acara is printed by the same renderers as the agreement's. */
export { renderBeritaAcaraDocx } from './document/render-berita-acara-docx';
export { renderBeritaAcaraPdf } from './document/render-berita-acara-pdf';
export type { BeritaAcaraDocument } from './document/record-document-model';
