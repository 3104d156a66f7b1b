import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as PdfMakeModule from 'pdfmake';
import { drawLinesWhole } from './pdf-line-merging';

type PdfMake = typeof PdfMakeModule;

const require = createRequire(import.meta.url);

const fontFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** The family every document is set in: Roboto covers Indonesian text, dashes and accented names. */
export const documentFont = 'JalinRoboto';

let instance: PdfMake | null = null;

type FontType = 'normal' | 'bold' | 'italics' | 'bolditalics';
interface FontSubset {
  glyphs: number[];
  encode(): Uint8Array;
}
interface EmbeddedFont {
  font: object;
  id: string;
  subset: FontSubset;
  layoutCache?: Record<string, unknown>;
  encode(text: string): unknown;
  constructor: new (document: PdfKitDocument, font: object, id: string) => EmbeddedFont;
}
interface PdfKitDocument {
  fontCache: Record<string, Partial<Record<FontType, EmbeddedFont>>>;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): FontType;
}
type ProvideFont = (this: PdfKitDocument, family: string, bold: boolean, italics: boolean) => EmbeddedFont;

/** Distinct shaped words kept per face; user text is unbounded, so the cache starts over past this. */
const maxCachedWords = 20_000;
const maxCachedSubsets = 32;

/** Latin-1 and the punctuation documents use, and the ligatures shaping makes of them. */
const seedText = [
  ...Array.from({ length: 0x7e - 0x20 }, (_, i) => String.fromCharCode(0x21 + i)),
  ...Array.from({ length: 0xff - 0xa0 }, (_, i) => String.fromCharCode(0xa1 + i)),
  ...'–—‘’‚“”„…•€№',
  'fi',
  'fl',
  'ff',
  'ffi',
  'ffl',
].join(' ');

interface FaceShare {
  template: EmbeddedFont;
  subsets: Map<string, Uint8Array>;
}

/**
 * Every face starts its subset with the same glyphs in the same order, so a document's font file
 * depends only on which rare glyphs it adds: the common case is encoded once per process instead
 * of once per document, and the same document still gives the same bytes whichever render it is.
 */
function seedFace(face: EmbeddedFont, subsets: Map<string, Uint8Array>): void {
  face.encode(seedText);
  const subset = face.subset;
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = subset.glyphs.join(',');
    let bytes = subsets.get(key);
    if (!bytes) {
      bytes = encode();
      if (subsets.size >= maxCachedSubsets) subsets.clear();
      subsets.set(key, bytes);
    }
    return bytes;
  };
}

/**
 * pdfkit parses each TrueType file again for every document, shapes every word again and encodes a
 * new font subset (together most of a render). The parsed font and the shaped words (glyphs and
 * positions, never changed once cached) are read-only while a document is laid out and written,
 * which happens synchronously, so our family's faces and word cache are kept and each document
 * gets its own embedding around them. Other families keep pdfmake's own path.
 */
function shareParsedFaces(documentClass: { prototype: { provideFont: ProvideFont } }): void {
  const original = documentClass.prototype.provideFont;
  const shares = new Map<FontType, FaceShare>();
  documentClass.prototype.provideFont = function provideFont(family, bold, italics) {
    if (family !== documentFont) return original.call(this, family, bold, italics);
    const type = this.getFontType(bold, italics);
    const cache = (this.fontCache[family] ??= {});
    const cached = cache[type];
    if (cached) return cached;
    const share = shares.get(type);
    if (!share) {
      const first = original.call(this, family, bold, italics);
      const created: FaceShare = { template: first, subsets: new Map() };
      shares.set(type, created);
      seedFace(first, created.subsets);
      return first;
    }
    this._fontCount += 1;
    const { template } = share;
    const face = new template.constructor(this, template.font, `F${this._fontCount}`);
    if (template.layoutCache && Object.keys(template.layoutCache).length > maxCachedWords) {
      template.layoutCache = Object.create(null) as Record<string, unknown>;
    }
    face.layoutCache = template.layoutCache;
    seedFace(face, share.subsets);
    this._fontFamilies[face.id] = face;
    cache[type] = face;
    return face;
  };
}

/**
 * pdfmake with the Roboto files read once into its in-memory file system. Every URL and local path
 * is refused: a document's images arrive as data, so nothing in a document can make the server
 * fetch or read a file.
 */
export function pdfMake(): PdfMake {
  if (instance) return instance;
  const pdfmake = require('pdfmake') as PdfMake & {
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
  };
  const fontsDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  for (const file of Object.values(fontFiles)) {
    pdfmake.virtualfs.writeFileSync(`jalin-${file}`, fs.readFileSync(path.join(fontsDir, file)));
  }
  shareParsedFaces(
    (require('pdfmake/js/PDFDocument') as { default: { prototype: { provideFont: ProvideFont } } }).default,
  );
  drawLinesWhole(
    (require('pdfmake/js/Renderer') as { default: Parameters<typeof drawLinesWhole>[0] }).default,
  );
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.addFonts({
    [documentFont]: {
      normal: `jalin-${fontFiles.normal}`,
      bold: `jalin-${fontFiles.bold}`,
      italics: `jalin-${fontFiles.italics}`,
      bolditalics: `jalin-${fontFiles.bolditalics}`,
    },
  });
  instance = pdfmake;
  return pdfmake;
}
