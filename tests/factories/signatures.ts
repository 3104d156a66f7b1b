import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import type { Agreement } from '../../src/shared/contracts/agreements';
import { createAgreementVia, institutionSignatory, requestSignaturesVia } from './agreements';
import { multipart } from './multipart';
import type { Session } from './people';

/** A hand-drawn-looking scribble, as the signature pad exports it: a transparent PNG. */
export function drawnSignaturePng(width = 600, height = 200): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<path d="M20 150 C 80 20, 120 20, 150 120 S 220 190, 260 80 S 340 30, 380 140 L 420 60 Q 470 180 560 90" ` +
    'stroke="#0b2a6b" stroke-width="5" fill="none" stroke-linecap="round"/></svg>';
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Marks every page of a scanned copy, so tests can find those pages in the signed PDF. */
export const scanPageMarker = 'SALINAN PINDAIAN BERTANDA TANGAN';

/** A "scan" of the signed paper copy: real PDF pages with a line of text each. */
export async function scannedCopyPdf(pages = 2): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= pages; number += 1) {
    const page = document.addPage([595.28, 841.89]);
    page.drawText(`${scanPageMarker} ${number}/${pages}`, { x: 60, y: 780, size: 14, font });
  }
  return Buffer.from(await document.save());
}

export interface SignatureFormInput {
  method: 'drawn' | 'uploaded_scan';
  confirmName: string;
  confirmPosition: string;
  versionNumber: number;
  file: Buffer;
}

/** The multipart form the signing panel and the public signing page send. */
export function signatureForm(input: SignatureFormInput): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  return multipart([
    { name: 'method', content: input.method },
    { name: 'confirmName', content: input.confirmName },
    { name: 'confirmPosition', content: input.confirmPosition },
    { name: 'versionNumber', content: String(input.versionNumber) },
    {
      name: 'signature',
      content: input.file,
      filename: input.method === 'drawn' ? 'tanda-tangan.png' : 'salinan.pdf',
      contentType: input.method === 'drawn' ? 'image/png' : 'application/pdf',
    },
  ]);
}

/**
 * An agreement sent for signatures and signed (drawn) by the institution, with an unused partner
 * signing link: the fixture the isolation harness addresses signing routes with.
 */
export async function signingAgreementFixture(
  session: Session,
  partnershipId: string,
  partnerId: string,
): Promise<{ agreementId: string; signatureId: string; token: string }> {
  const agreement = await requestSignaturesVia(
    session,
    await createAgreementVia(session, { partnershipId, partnerId }),
  );
  const { payload, headers } = signatureForm({
    method: 'drawn',
    confirmName: institutionSignatory.name,
    confirmPosition: institutionSignatory.position,
    versionNumber: agreement.currentVersion,
    file: await drawnSignaturePng(),
  });
  const signed = await session.request(
    'POST',
    `/api/v1/agreements/${agreement.id}/signatures`,
    payload,
    headers,
  );
  if (signed.statusCode !== 201) throw new Error(`signing failed: ${signed.statusCode} ${signed.body}`);
  const link = await session.request('POST', `/api/v1/agreements/${agreement.id}/signing-links`, {});
  if (link.statusCode !== 201) throw new Error(`signing link failed: ${link.statusCode} ${link.body}`);
  return {
    agreementId: agreement.id,
    signatureId: signed.json<Agreement>().signatures[0]!.id,
    token: link.json<{ url: string }>().url.split('/').at(-1)!,
  };
}
