import sharp from 'sharp';

/** A real JPEG as a phone writes it: EXIF with a GPS position, the camera and its owner. */
export function phonePhotoWithLocation(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'KameraUji', Model: 'Ponsel 7', Artist: 'Siti Pendamping' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '6/1 54/1 2400/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '107/1 36/1 3600/100',
      },
    })
    .toBuffer();
}

/** The first bytes of a Linux executable, named and declared as a photo by whoever sends it. */
export function executableBytes(): Buffer {
  return Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(256, 0x90)]);
}

/** A JPEG header with garbage behind it: passes the sniff, fails the decoder. */
export function brokenJpeg(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(512, 0x41)]);
}

/** A minimal PDF (one empty page). */
export function tinyPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}
