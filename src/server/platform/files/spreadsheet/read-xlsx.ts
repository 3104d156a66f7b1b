import { AppError } from '../../http/app-error';
import type { CellValue, SheetRow, SpreadsheetSource } from './spreadsheet-source';
import { streamElements } from './xml-elements';
import { declaresEntities, decodeXmlText, readAttribute, readStringItem } from './xml-text';
import { openZipArchive, type ZipArchive } from './zip-archive';

const maxSmallPartBytes = 10 * 1024 * 1024;
const prologBytes = 4096;

function columnIndex(reference: string | null, fallback: number): number {
  const letters = reference ? /^[A-Z]+/.exec(reference)?.[0] : undefined;
  if (!letters) return fallback;
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** Every part is inflated once up front: sizes that lie and DOCTYPE/ENTITY declarations are refused here. */
async function inspectParts(archive: ZipArchive): Promise<void> {
  for (const name of archive.entries.keys()) {
    if (name.endsWith('/')) continue;
    const stream = await archive.open(name);
    let prolog = '';
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (prolog.length < prologBytes) prolog += chunk.toString('latin1', 0, prologBytes);
      }
    } catch {
      throw new AppError('IMPORT_ZIP_BOMB', {
        entry: name,
        reason: 'inflated size differs from the declared size',
      });
    }
    if (/\.(xml|rels|vml)$/i.test(name) && declaresEntities(prolog)) {
      throw new AppError('IMPORT_XML_ENTITY', { entry: name });
    }
  }
}

function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

async function locateParts(archive: ZipArchive): Promise<{ sheet: string; sharedStrings: string | null }> {
  if (!archive.entries.has('xl/workbook.xml')) {
    throw new AppError('IMPORT_FILE_UNREADABLE', { reason: 'no workbook in the XLSX container' });
  }
  const workbook = await archive.readText('xl/workbook.xml', maxSmallPartBytes);
  const relsName = 'xl/_rels/workbook.xml.rels';
  const rels = archive.entries.has(relsName) ? await archive.readText(relsName, maxSmallPartBytes) : '';
  const targets = new Map<string, { type: string; target: string }>();
  for (const match of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? '';
    const id = readAttribute(attributes, 'Id');
    const target = readAttribute(attributes, 'Target');
    if (id && target) targets.set(id, { type: readAttribute(attributes, 'Type') ?? '', target });
  }
  const firstSheet = /<sheet\b([^>]*)\/?>/.exec(workbook)?.[1] ?? '';
  const relationId = readAttribute(firstSheet, 'r:id');
  const sheetTarget = relationId ? targets.get(relationId)?.target : undefined;
  const sheet = sheetTarget ? resolveTarget(sheetTarget) : 'xl/worksheets/sheet1.xml';
  if (!archive.entries.has(sheet)) throw new AppError('IMPORT_FILE_UNREADABLE', { reason: 'no worksheet' });
  const shared = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'));
  const sharedStrings = shared ? resolveTarget(shared.target) : 'xl/sharedStrings.xml';
  return { sheet, sharedStrings: archive.entries.has(sharedStrings) ? sharedStrings : null };
}

type SharedStrings = (index: number) => string | null;
const stringsPerBlock = 1024;

/**
 * The shared-strings table packed into one string per 1,024 items with their offsets: a file of
 * 100,000 rows holds most of a million strings, and as separate strings their headers alone cost
 * more memory than their text. An item is sliced out when a cell asks for it.
 */
async function readSharedStrings(archive: ZipArchive, name: string | null): Promise<SharedStrings> {
  if (!name) return () => null;
  const blocks: string[] = [];
  const offsets: Uint32Array[] = [];
  let pending: string[] = [];
  const pack = () => {
    const starts = new Uint32Array(pending.length + 1);
    for (let i = 0; i < pending.length; i += 1) starts[i + 1] = starts[i]! + pending[i]!.length;
    blocks.push(pending.join(''));
    offsets.push(starts);
    pending = [];
  };
  for await (const item of streamElements(await archive.open(name), 'si')) {
    pending.push(readStringItem(item.inner));
    if (pending.length === stringsPerBlock) pack();
  }
  if (pending.length > 0) pack();
  return (index) => {
    if (!Number.isInteger(index) || index < 0) return null;
    const block = Math.floor(index / stringsPerBlock);
    const starts = offsets[block];
    const item = index % stringsPerBlock;
    if (!starts || item + 1 >= starts.length) return null;
    return blocks[block]!.slice(starts[item], starts[item + 1]);
  };
}

function readCell(attributes: string, inner: string, shared: SharedStrings): CellValue {
  const type = readAttribute(attributes, 't');
  if (type === 'inlineStr') return readStringItem(inner);
  const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case 's':
      return shared(Number(raw));
    case 'b':
      return raw === '1';
    case 'str':
    case 'd':
      return decodeXmlText(raw);
    case 'e':
      return null;
    default: {
      const number = Number(raw);
      return Number.isFinite(number) ? number : decodeXmlText(raw);
    }
  }
}

/**
 * The first worksheet of an XLSX, row by row, with a small scanner instead of a DOM: cached formula
 * results are read as values and formulas are never evaluated; dates stay Excel serial numbers
 * (no imported field is a date).
 */
export async function readXlsx(bytes: Buffer): Promise<SpreadsheetSource> {
  const archive = await openZipArchive(bytes);
  try {
    await inspectParts(archive);
    const parts = await locateParts(archive);
    const shared = await readSharedStrings(archive, parts.sharedStrings);
    const sheetSize = Math.max(1, archive.entries.get(parts.sheet)!.uncompressedSize);
    let consumed = 0;
    return {
      format: 'xlsx',
      progress: () => Math.min(1, consumed / sheetSize),
      async *rows(): AsyncGenerator<SheetRow> {
        const stream = await archive.open(parts.sheet);
        let previousRow = 0;
        try {
          for await (const row of streamElements(stream, 'row', (count) => (consumed += count))) {
            const rowNumber = Number(readAttribute(row.attributes, 'r')) || previousRow + 1;
            previousRow = rowNumber;
            const cells: CellValue[] = [];
            let position = 0;
            for (const cell of row.inner.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
              const attributes = cell[1] ?? '';
              position = columnIndex(readAttribute(attributes, 'r'), position);
              if (position > 500) break;
              cells[position] = readCell(attributes, cell[2] ?? '', shared);
              position += 1;
            }
            yield { rowNumber, cells: Array.from(cells, (value) => value ?? null) };
          }
        } finally {
          stream.destroy();
          archive.close();
        }
      },
    };
  } catch (error) {
    archive.close();
    throw error;
  }
}
