import { beritaAcaraPrintable } from './berita-acara-printable';
import type { BeritaAcaraDocument } from './record-document-model';
import { renderPrintablePdf } from './render-printable-pdf';

export function renderBeritaAcaraPdf(doc: BeritaAcaraDocument): Promise<Buffer> {
  return renderPrintablePdf(beritaAcaraPrintable(doc));
}
