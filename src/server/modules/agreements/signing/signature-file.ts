import { loadPdfLib } from '../../../platform/files/load-pdf-lib';
import { loadSharp } from '../../../platform/files/load-sharp';
import { AppError } from '../../../platform/http/app-error';
import type { UploadedFile } from '../../../platform/http/route-definition';
import { sniffMediaType } from '../../../platform/files/sniff-media-type';

export type SignatureMethod = 'drawn' | 'uploaded_scan';

/** A signature pad draws a few hundred KB at most; a megabyte is already far beyond a stroke. */
export const drawnSignatureMaxBytes = 1024 * 1024;
/** A scanned signed copy of a 10–20 page agreement at 200 dpi. */
export const scanSignatureMaxBytes = 10 * 1024 * 1024;
/** Scans longer than this are not a copy of one agreement. */
const scanMaxPages = 60;
/** A pad is a strip of a phone or laptop screen, upscaled at most 3× for retina displays. */
const drawnEdge = { minWidth: 40, minHeight: 20, maxWidth: 4000, maxHeight: 2000 } as const;

export interface CheckedSignatureFile {
  bytes: Buffer;
  mediaType: 'image/png' | 'application/pdf';
  extension: 'png' | 'pdf';
  /** A scan's pages, appended to the signed copy; 0 for a drawing. */
  pageCount: number;
}

function invalid(details: Record<string, unknown>): AppError {
  return new AppError('SIGNATURE_FILE_INVALID', details);
}

/**
 * The file is judged by its bytes, never its name or declared type. A drawing is re-encoded by sharp,
 * which drops any metadata chunk and proves the image decodes; a scan must open in pdf-lib (not
 * encrypted), because its pages are copied into the signed document later.
 */
export async function checkSignatureFile(
  method: SignatureMethod,
  file: UploadedFile | undefined,
): Promise<CheckedSignatureFile> {
  if (!file || file.bytes.length === 0) throw invalid({ reason: 'missing', part: 'signature' });
  const sniffed = sniffMediaType(file.bytes);
  if (method === 'drawn') {
    if (sniffed !== 'image/png') throw invalid({ reason: 'not_png', received: sniffed ?? 'unknown' });
    if (file.bytes.length > drawnSignatureMaxBytes)
      throw invalid({ reason: 'too_large', maxBytes: drawnSignatureMaxBytes });
    const sharp = await loadSharp();
    try {
      const image = sharp(file.bytes, {
        limitInputPixels: drawnEdge.maxWidth * drawnEdge.maxHeight,
        failOn: 'error',
      });
      const { width = 0, height = 0 } = await image.metadata();
      if (
        width < drawnEdge.minWidth ||
        height < drawnEdge.minHeight ||
        width > drawnEdge.maxWidth ||
        height > drawnEdge.maxHeight
      ) {
        throw invalid({ reason: 'dimensions', width, height, limits: drawnEdge });
      }
      const bytes = await image.png({ compressionLevel: 9 }).toBuffer();
      return { bytes, mediaType: 'image/png', extension: 'png', pageCount: 0 };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw invalid({ reason: 'unreadable' });
    }
  }
  if (sniffed !== 'application/pdf') throw invalid({ reason: 'not_pdf', received: sniffed ?? 'unknown' });
  if (file.bytes.length > scanSignatureMaxBytes)
    throw invalid({ reason: 'too_large', maxBytes: scanSignatureMaxBytes });
  const { PDFDocument } = await loadPdfLib();
  let pageCount: number;
  try {
    pageCount = (await PDFDocument.load(file.bytes, { updateMetadata: false })).getPageCount();
  } catch {
    throw invalid({ reason: 'unreadable' });
  }
  if (pageCount < 1 || pageCount > scanMaxPages)
    throw invalid({ reason: 'page_count', pageCount, max: scanMaxPages });
  return { bytes: file.bytes, mediaType: 'application/pdf', extension: 'pdf', pageCount };
}
