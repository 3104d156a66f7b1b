import { loadSharp } from '../../../platform/files/load-sharp';
import type { DocumentLogo } from './agreement-document-model';
import type { PrintableDocument } from './printable-document';

/**
 * A PNG with transparency makes pdfkit decode every pixel in JavaScript to split off its alpha
 * channel; flattened onto the white page first (natively, by sharp) it is embedded as it is.
 * Paper is white, so nothing visible changes.
 */
async function opaquePng(bytes: Buffer): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(bytes).flatten({ background: '#ffffff' }).png({ compressionLevel: 6 }).toBuffer();
}

async function opaqueLogo(logo: DocumentLogo | null): Promise<DocumentLogo | null> {
  if (!logo || logo.mediaType !== 'image/png') return logo;
  return { ...logo, bytes: await opaquePng(logo.bytes) };
}

export async function withOpaqueImages(doc: PrintableDocument): Promise<PrintableDocument> {
  const [logo, ...columns] = await Promise.all([
    opaqueLogo(doc.letterhead.logo),
    ...doc.signatureColumns.map(async (column) =>
      column.signature
        ? {
            ...column,
            signature: { ...column.signature, imagePng: await opaquePng(column.signature.imagePng) },
          }
        : column,
    ),
  ]);
  return {
    ...doc,
    letterhead: { ...doc.letterhead, logo: logo ?? null },
    signatureColumns: columns,
  };
}
