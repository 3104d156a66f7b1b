import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Each page's text, items joined by a space and lines by "\n". */
  pages: string[];
  /** In points, as the page's view box says (A4 is 595.28 × 841.89). */
  pageSizes: { width: number; height: number }[];
}

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
}

/**
 * Pieces sorted into lines top to bottom and left to right, as a reader sees them: a PDF may draw
 * a list's number after its text, and pdf.js returns pieces in drawing order.
 */
function readingOrder(items: readonly object[]): string {
  const pieces: Piece[] = [];
  const turned: string[] = [];
  for (const item of items) {
    if (!('str' in item) || !('transform' in item)) continue;
    const { str, transform, width } = item as { str: string; transform: number[]; width: number };
    if (str === '') continue;
    // Rotated text (a watermark) is not part of the lines it crosses.
    if (Math.abs(transform[1] ?? 0) > 0.01 || Math.abs(transform[2] ?? 0) > 0.01) turned.push(str);
    else pieces.push({ str, x: transform[4] ?? 0, y: transform[5] ?? 0, width });
  }
  pieces.sort((a, b) => (Math.abs(a.y - b.y) > 2 ? b.y - a.y : a.x - b.x));
  const lines: string[] = [];
  let lineY: number | null = null;
  let lineEnd = 0;
  for (const piece of pieces) {
    if (lineY === null || Math.abs(piece.y - lineY) > 2) {
      lines.push('');
      lineY = piece.y;
    } else if (piece.x - lineEnd > 1.5 && !/\s$/.test(lines.at(-1)!) && !/^\s/.test(piece.str)) {
      // Table cells and list numbers sit apart on one line without a space piece between them.
      lines[lines.length - 1] += ' ';
    }
    lines[lines.length - 1] += piece.str;
    lineEnd = piece.x + piece.width;
  }
  return [...lines.map((line) => line.trim()), ...turned].join('\n');
}

/** The text a reader would copy out of each page, read back by pdf.js from the bytes alone. */
export async function extractPdfText(bytes: Buffer | Uint8Array): Promise<PdfText> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    const pageSizes: PdfText['pageSizes'] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      pageSizes.push({ width: Math.round((x1 - x0) * 100) / 100, height: Math.round((y1 - y0) * 100) / 100 });
      const content = await page.getTextContent();
      pages.push(readingOrder(content.items));
    }
    return { pages, pageSizes };
  } finally {
    await document.destroy();
  }
}

/** How many images each page paints (a PNG with transparency is still one). */
export async function countPdfImages(bytes: Buffer | Uint8Array): Promise<number[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 })
    .promise;
  try {
    const counts: number[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const operators = await (await document.getPage(number)).getOperatorList();
      counts.push(operators.fnArray.filter((op) => op === OPS.paintImageXObject).length);
    }
    return counts;
  } finally {
    await document.destroy();
  }
}

/** Text with runs of whitespace (line breaks inside a justified paragraph) made one space. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
