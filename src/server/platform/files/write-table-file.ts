import { loadExcelJs } from './load-exceljs';
import { toCsv } from './spreadsheet-text';

export const tableFileFormats = ['xlsx', 'csv'] as const;
export type TableFileFormat = (typeof tableFileFormats)[number];

/**
 * How a column's values are written: `date` takes `YYYY-MM-DD`, `datetime` an ISO instant shown at
 * `utcOffsetHours`, `rupiah` whole rupiah as a number with thousands grouping.
 */
export type TableColumnKind = 'text' | 'number' | 'rupiah' | 'date' | 'datetime';

export interface TableColumn {
  header: string;
  kind?: TableColumnKind;
  width?: number;
}

export type TableCell = string | number | null;

export interface TableFile {
  bytes: Buffer;
  mediaType: string;
  filename: string;
}

export interface TableInput {
  /** File name without extension, e.g. `kemitraan-2026-11-29`. */
  name: string;
  sheetName: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Instants are written in the reader's wall-clock time: Excel cells carry no zone. */
  utcOffsetHours?: number;
}

const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function shiftedInstant(iso: string, utcOffsetHours: number): Date {
  return new Date(Date.parse(iso) + utcOffsetHours * 3_600_000);
}

function csvCell(cell: TableCell, kind: TableColumnKind, utcOffsetHours: number): TableCell {
  if (cell === null || typeof cell === 'number') return cell;
  if (kind === 'datetime')
    return shiftedInstant(cell, utcOffsetHours).toISOString().slice(0, 16).replace('T', ' ');
  return cell;
}

// Excel stores dates as wall-clock serials; exceljs reads a JS Date's UTC fields for them, so a
// shifted instant lands on the reader's local time.
function xlsxCell(cell: TableCell, kind: TableColumnKind, utcOffsetHours: number): string | number | Date {
  if (cell === null) return '';
  if (typeof cell === 'number') return cell;
  if (kind === 'date') return new Date(`${cell}T00:00:00.000Z`);
  if (kind === 'datetime') return shiftedInstant(cell, utcOffsetHours);
  return cell;
}

const numberFormats: Partial<Record<TableColumnKind, string>> = {
  rupiah: '#,##0',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

function defaultWidth(column: TableColumn): number {
  if (column.kind === 'date') return 12;
  if (column.kind === 'datetime') return 17;
  if (column.kind === 'number' || column.kind === 'rupiah') return 14;
  return 24;
}

/**
 * A header and rows as XLSX or CSV bytes. CSV is UTF-8 with a BOM (Excel then reads Indonesian
 * text right) and every text cell that a spreadsheet would run as a formula is neutralised; XLSX
 * cells are never typed as formulas, so the same text stays text there too.
 */
export async function writeTableFile(format: TableFileFormat, input: TableInput): Promise<TableFile> {
  const offset = input.utcOffsetHours ?? 0;
  const kinds = input.columns.map((column) => column.kind ?? 'text');
  if (format === 'csv') {
    const rows = input.rows.map((row) =>
      row.map((cell, index) => csvCell(cell, kinds[index] ?? 'text', offset)),
    );
    return {
      bytes: toCsv(
        input.columns.map((column) => column.header),
        rows,
      ),
      mediaType: 'text/csv; charset=utf-8',
      filename: `${input.name}.csv`,
    };
  }
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(input.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = input.columns.map((column) => ({
    width: column.width ?? defaultWidth(column),
    ...(numberFormats[column.kind ?? 'text']
      ? { style: { numFmt: numberFormats[column.kind ?? 'text'] } }
      : {}),
  }));
  const header = sheet.addRow(input.columns.map((column) => column.header));
  header.font = { bold: true };
  for (const row of input.rows) {
    sheet.addRow(row.map((cell, index) => xlsxCell(cell, kinds[index] ?? 'text', offset)));
  }
  return {
    bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
    mediaType: xlsxMediaType,
    filename: `${input.name}.xlsx`,
  };
}
