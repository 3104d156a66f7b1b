import type { AgreementDocument } from './agreement-document-model';
import { agreementPrintable } from './agreement-printable';
import { renderPrintableDocx } from './render-printable-docx';

export function renderAgreementDocx(doc: AgreementDocument): Promise<Buffer> {
  return renderPrintableDocx(agreementPrintable(doc));
}
