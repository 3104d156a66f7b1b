import type { AgreementDocument } from './agreement-document-model';
import { agreementPrintable } from './agreement-printable';
import { renderPrintablePdf } from './render-printable-pdf';

export function renderAgreementPdf(doc: AgreementDocument): Promise<Buffer> {
  return renderPrintablePdf(agreementPrintable(doc));
}
