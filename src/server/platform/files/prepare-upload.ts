import { loadSharp } from './load-sharp';
import { AppError } from '../http/app-error';
import { sniffMediaType } from './sniff-media-type';

export const photoMediaTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const documentMediaTypes = ['application/pdf'] as const;
export type UploadMediaType = (typeof photoMediaTypes)[number] | (typeof documentMediaTypes)[number];

export interface PreparedUpload {
  bytes: Buffer;
  mediaType: UploadMediaType;
  extension: 'jpg' | 'png' | 'webp' | 'pdf';
}

const extensionByType: Record<UploadMediaType, PreparedUpload['extension']> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/** A phone photo is 12–50 MP; more is a decompression bomb, not a picture of a workshop. */
const maxInputPixels = 80_000_000;
/** Long edge kept: enough to read a signboard or a certificate, a fraction of the upload. */
const maxEdge = 2560;

function isPhoto(mediaType: string): mediaType is (typeof photoMediaTypes)[number] {
  return (photoMediaTypes as readonly string[]).includes(mediaType);
}

/**
 * Checks an upload by its bytes against the feature's allowlist (the name and declared type are
 * never trusted) and re-encodes photos: the EXIF orientation is applied and then every metadata
 * block (GPS position, camera serial, owner) is dropped, because sharp writes none unless asked.
 */
export async function prepareUpload(
  bytes: Buffer,
  allowed: readonly UploadMediaType[],
): Promise<PreparedUpload> {
  const sniffed = sniffMediaType(bytes);
  const mediaType = allowed.find((type) => type === sniffed);
  if (!mediaType) throw new AppError('FILE_TYPE_NOT_ALLOWED', { allowed, received: sniffed ?? 'unknown' });
  if (!isPhoto(mediaType)) return { bytes, mediaType, extension: extensionByType[mediaType] };

  const sharp = await loadSharp();
  try {
    const pipeline = sharp(bytes, { limitInputPixels: maxInputPixels, failOn: 'error' })
      .rotate()
      .resize({ width: maxEdge, height: maxEdge, fit: 'inside', withoutEnlargement: true });
    const encoded =
      mediaType === 'image/jpeg'
        ? pipeline.jpeg({ quality: 82, mozjpeg: true })
        : mediaType === 'image/png'
          ? pipeline.png({ compressionLevel: 9 })
          : pipeline.webp({ quality: 82 });
    return { bytes: await encoded.toBuffer(), mediaType, extension: extensionByType[mediaType] };
  } catch {
    throw new AppError('FILE_CONTENT_UNREADABLE', { mediaType });
  }
}
