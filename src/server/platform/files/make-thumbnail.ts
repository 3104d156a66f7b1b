import { loadSharp } from './load-sharp';

/** Long edge of a timeline thumbnail: sharp on a 3× phone screen at 72–96 CSS pixels. */
export const thumbnailEdge = 320;

/**
 * A small WebP of a stored photo for lists on a weak connection: a few kilobytes instead of the
 * stored picture's hundreds. Made on request from a photo that was already re-encoded at upload.
 */
export async function makeThumbnail(photo: Buffer): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(photo)
    .resize({ width: thumbnailEdge, height: thumbnailEdge, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 70 })
    .toBuffer();
}
