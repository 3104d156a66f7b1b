import { beritaAcaraPrintable } from './berita-acara-printable';
import type { BeritaAcaraDocument } from './record-document-model';
import { renderPrintableDocx } from './render-printable-docx';

export function renderBeritaAcaraDocx(doc: BeritaAcaraDocument): Promise<Buffer> {
  return renderPrintableDocx(beritaAcaraPrintable(doc));
}
