import { loadSharp } from '../../../platform/files/load-sharp';

/** Shown in a signature column where the signer signed on paper: the scan itself is appended. */
export const scanNoteText = ['ditandatangani pada', 'salinan pindaian,', 'terlampir'] as const;

let cached: Promise<Buffer> | null = null;

/**
 * The note drawn as a PNG, because the document model's signature mark is an image; it reads as
 * handwriting would not, in italics, and is the same for every scan.
 */
export function scanNoteImage(): Promise<Buffer> {
  cached ??= loadSharp().then((sharp) =>
    sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="380" height="150">` +
          scanNoteText
            .map(
              (line, index) =>
                `<text x="190" y="${42 + index * 42}" font-family="DejaVu Sans, sans-serif" font-size="26" ` +
                `font-style="italic" text-anchor="middle" fill="#1a1a1a">${line}</text>`,
            )
            .join('') +
          '</svg>',
      ),
    )
      .png()
      .toBuffer(),
  );
  return cached;
}
