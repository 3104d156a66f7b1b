import { openZipArchive } from '../../src/server/platform/files/spreadsheet/zip-archive';

const maxPartBytes = 20 * 1024 * 1024;

/** `word/document.xml` of a DOCX, as raw XML text. */
export async function readDocxXml(bytes: Buffer, part = 'word/document.xml'): Promise<string> {
  const archive = await openZipArchive(bytes);
  try {
    return await archive.readText(part, maxPartBytes);
  } finally {
    archive.close();
  }
}

/** Every part name in the DOCX container, e.g. `word/media/image1.png`. */
export async function docxPartNames(bytes: Buffer): Promise<string[]> {
  const archive = await openZipArchive(bytes);
  try {
    return [...archive.entries.keys()];
  } finally {
    archive.close();
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? '';
  });
}

/**
 * The document's text as Word shows it: runs (`w:t`) joined, a paragraph (`w:p`) per line, tabs and
 * breaks as spaces, entities decoded.
 */
export async function docxPlainText(bytes: Buffer): Promise<string> {
  const xml = await readDocxXml(bytes);
  const paragraphs: string[] = [];
  for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    let text = '';
    for (const piece of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)) {
      text += piece[1] !== undefined ? unescapeXml(piece[1]) : ' ';
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n');
}
