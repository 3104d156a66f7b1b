import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  brokenJpeg,
  executableBytes,
  phonePhotoWithLocation,
  tinyPdf,
} from '../../../../tests/factories/photos';
import { AppError } from '../http/app-error';
import { documentMediaTypes, photoMediaTypes, prepareUpload } from './prepare-upload';

const anyAttachment = [...photoMediaTypes, ...documentMediaTypes];

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
}

describe('prepareUpload', () => {
  it('re-encodes a phone photo without its GPS position or camera details', async () => {
    const original = await phonePhotoWithLocation();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(original.includes(Buffer.from('Siti Pendamping'))).toBe(true);

    const prepared = await prepareUpload(original, photoMediaTypes);

    expect(prepared.mediaType).toBe('image/jpeg');
    expect(prepared.extension).toBe('jpg');
    const metadata = await sharp(prepared.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.width).toBe(64);
    expect(prepared.bytes.includes(Buffer.from('Siti Pendamping'))).toBe(false);
    expect(prepared.bytes.includes(Buffer.from('KameraUji'))).toBe(false);
  });

  it('shrinks a photo larger than the kept edge and keeps its proportions', async () => {
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#888' } })
      .png()
      .toBuffer();
    const prepared = await prepareUpload(big, photoMediaTypes);
    const metadata = await sharp(prepared.bytes).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 2560, 1920]);
  });

  it('keeps a PDF byte for byte', async () => {
    const pdf = tinyPdf();
    const prepared = await prepareUpload(pdf, anyAttachment);
    expect(prepared.mediaType).toBe('application/pdf');
    expect(prepared.bytes.equals(pdf)).toBe(true);
  });

  it('refuses an executable, a PDF where only photos are allowed, and an undecodable image', async () => {
    expect(await codeOf(prepareUpload(executableBytes(), anyAttachment))).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(await codeOf(prepareUpload(tinyPdf(), photoMediaTypes))).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(await codeOf(prepareUpload(brokenJpeg(), photoMediaTypes))).toBe('FILE_CONTENT_UNREADABLE');
  });
});
