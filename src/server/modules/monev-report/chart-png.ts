import { loadSharp } from '../../platform/files/load-sharp';

/**
 * The chart's SVG as a PNG at twice its size. Both formats embed the picture: pdfmake's SVG text
 * cannot reach the fonts it keeps in memory (pdfkit looks for them on disk and falls back to
 * Helvetica, warning on every label), and Word needs a bitmap anyway.
 */
export async function chartPng(svg: string): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg), { density: 144 }).png().toBuffer();
}
