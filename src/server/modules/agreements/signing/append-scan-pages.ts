import { loadPdfLib } from '../../../platform/files/load-pdf-lib';

/**
 * The signed copy with every scanned signed paper copy behind it, page for page, so the one file that
 * is hashed carries the evidence of both ways of signing.
 */
export async function appendScanPages(rendered: Buffer, scans: Buffer[]): Promise<Buffer> {
  if (scans.length === 0) return rendered;
  const { PDFDocument } = await loadPdfLib();
  const target = await PDFDocument.load(rendered, { updateMetadata: false });
  for (const scan of scans) {
    const source = await PDFDocument.load(scan, { updateMetadata: false });
    const pages = await target.copyPages(source, source.getPageIndices());
    for (const page of pages) target.addPage(page);
  }
  return Buffer.from(await target.save({ useObjectStreams: false }));
}
