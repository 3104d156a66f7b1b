import { AppError } from '../../http/app-error';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { SpreadsheetSource } from './spreadsheet-source';

function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  return !head.includes(0);
}

function looksLikeMarkup(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<');
}

/**
 * The file's bytes decide its type, never its name: a ZIP is read as XLSX, plain text as CSV; an
 * old binary .xls, a PDF or an HTML page renamed `.xlsx` is refused.
 */
export async function openSpreadsheet(bytes: Buffer): Promise<SpreadsheetSource> {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return readXlsx(bytes);
  if (looksLikeText(bytes) && !looksLikeMarkup(bytes)) return readCsv(bytes);
  throw new AppError('IMPORT_FILE_TYPE');
}
