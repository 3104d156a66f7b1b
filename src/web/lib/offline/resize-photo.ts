/** Long side of a photo as sent: enough to read a banner or a face in a report, ~300 KB as JPEG. */
export const photoLongSide = 1600;
const jpegQuality = 0.82;

/**
 * Shrinks a camera photo on the phone before it is queued or sent: a 4000-pixel, 5 MB picture is
 * a minute on a weak signal, the same scene at 1600 pixels a few seconds. Drawing it anew also
 * leaves its EXIF (and GPS) behind; the server re-encodes it anyway. A photo already small enough,
 * or one the browser cannot decode, is sent as it is.
 */
export async function resizePhoto(file: File): Promise<File> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type)) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  try {
    const scale = photoLongSide / Math.max(bitmap.width, bitmap.height);
    if (scale >= 1) return file;
    const width = Math.round(bitmap.width * scale);
    const height = Math.round(bitmap.height * scale);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', jpegQuality),
    );
    if (!blob || blob.size >= file.size) return file;
    const name = file.name.replace(/\.[^.]+$/, '') + '.jpg';
    return new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}
