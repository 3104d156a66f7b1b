import type { SheetRow, SpreadsheetSource } from '../../../platform/files/spreadsheet/spreadsheet-source';
import { cellText } from './import-cell-values';

export interface ImportSheet {
  headers: string[];
  headerRow: number;
  /** The data rows after the header, blank rows skipped. */
  rows: AsyncGenerator<SheetRow>;
}

const isBlank = (row: SheetRow) => row.cells.every((cell) => cellText(cell) === null);

/**
 * The first non-blank row is the header; a header cell left empty is named after its column
 * ("Kolom 3") so it can still be mapped.
 */
export async function readImportHeader(source: SpreadsheetSource): Promise<ImportSheet | null> {
  const iterator = source.rows();
  for (;;) {
    const next = await iterator.next();
    if (next.done) return null;
    if (isBlank(next.value)) continue;
    const headers = next.value.cells.map((cell, index) => cellText(cell) ?? `Kolom ${index + 1}`);
    while (headers.length > 0 && /^Kolom \d+$/.test(headers[headers.length - 1]!)) headers.pop();
    async function* dataRows(): AsyncGenerator<SheetRow> {
      for (;;) {
        const row = await iterator.next();
        if (row.done) return;
        if (!isBlank(row.value)) yield row.value;
      }
    }
    return { headers, headerRow: next.value.rowNumber, rows: dataRows() };
  }
}
