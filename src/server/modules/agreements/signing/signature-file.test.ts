import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tinyPng } from '../../../../../tests/factories/files';
import { extractPdfText } from '../../../../../tests/factories/pdf-text';
import { executableBytes } from '../../../../../tests/factories/photos';
import { drawnSignaturePng, scanPageMarker, scannedCopyPdf } from '../../../../../tests/factories/signatures';
import { AppError } from '../../../platform/http/app-error';
import { appendScanPages } from './append-scan-pages';
import { checkSignatureFile } from './signature-file';

async function refusal(promise: Promise<unknown>): Promise<{ code: string; details: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('signature files are judged by their bytes', () => {
  it('accepts a drawn PNG and re-encodes it without its metadata', async () => {
    const drawn = await sharp(await drawnSignaturePng())
      .withMetadata({ exif: { IFD0: { Artist: 'Ponsel Budi' } } })
      .png()
      .toBuffer();
    const checked = await checkSignatureFile('drawn', { filename: 'x.png', bytes: drawn });
    expect(checked.mediaType).toBe('image/png');
    const metadata = await sharp(checked.bytes).metadata();
    expect(metadata.width).toBe(600);
    expect(metadata.exif).toBeUndefined();
  });

  it('refuses a drawing that is not a PNG, is a dot, or is huge', async () => {
    const jpeg = await sharp(await drawnSignaturePng())
      .jpeg()
      .toBuffer();
    expect(
      (await refusal(checkSignatureFile('drawn', { filename: 'a.png', bytes: jpeg }))).details,
    ).toMatchObject({
      reason: 'not_png',
    });
    expect(
      (await refusal(checkSignatureFile('drawn', { filename: 'a.png', bytes: tinyPng() }))).details,
    ).toMatchObject({ reason: 'dimensions', width: 2, height: 2 });
    const huge = await sharp({ create: { width: 5000, height: 300, channels: 4, background: '#fff' } })
      .png()
      .toBuffer();
    expect(
      (await refusal(checkSignatureFile('drawn', { filename: 'a.png', bytes: huge }))).details,
    ).toMatchObject({
      reason: 'dimensions',
    });
    const truncated = (await drawnSignaturePng()).subarray(0, 120);
    expect((await refusal(checkSignatureFile('drawn', { filename: 'a.png', bytes: truncated }))).code).toBe(
      'SIGNATURE_FILE_INVALID',
    );
    expect((await refusal(checkSignatureFile('drawn', undefined))).details).toMatchObject({
      reason: 'missing',
    });
  });

  it('accepts a readable PDF scan and refuses anything else', async () => {
    const scan = await scannedCopyPdf(3);
    const checked = await checkSignatureFile('uploaded_scan', { filename: 's.pdf', bytes: scan });
    expect(checked).toMatchObject({ mediaType: 'application/pdf', pageCount: 3 });
    expect(checked.bytes.equals(scan)).toBe(true);
    for (const bytes of [executableBytes(), await drawnSignaturePng(), Buffer.from('%PDF-1.7\ngarbage')]) {
      expect((await refusal(checkSignatureFile('uploaded_scan', { filename: 's.pdf', bytes }))).code).toBe(
        'SIGNATURE_FILE_INVALID',
      );
    }
  });
});

describe('scanned copies are appended to the signed PDF', () => {
  it('keeps the rendered pages first and adds every scanned page after them', async () => {
    const rendered = await PDFDocument.create();
    rendered.addPage([595.28, 841.89]);
    rendered.addPage([595.28, 841.89]);
    const combined = await appendScanPages(Buffer.from(await rendered.save()), [
      await scannedCopyPdf(2),
      await scannedCopyPdf(1),
    ]);
    const text = await extractPdfText(combined);
    expect(text.pages).toHaveLength(5);
    expect(text.pages[0]).not.toContain(scanPageMarker);
    expect(text.pages[2]).toContain(`${scanPageMarker} 1/2`);
    expect(text.pages[3]).toContain(`${scanPageMarker} 2/2`);
    expect(text.pages[4]).toContain(`${scanPageMarker} 1/1`);
  });

  it('returns the rendered bytes untouched when nobody signed on paper', async () => {
    const rendered = Buffer.from(await (await PDFDocument.create()).save());
    expect((await appendScanPages(rendered, [])).equals(rendered)).toBe(true);
  });
});
