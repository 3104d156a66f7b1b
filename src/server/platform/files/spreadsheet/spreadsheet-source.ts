export type CellValue = string | number | boolean | null;

export interface SheetRow {
  /** The row number the user sees in Excel (1 = the first line of the file). */
  rowNumber: number;
  cells: CellValue[];
}

/** A spreadsheet read row by row, never whole: XLSX (first sheet) or CSV. */
export interface SpreadsheetSource {
  format: 'xlsx' | 'csv';
  rows(): AsyncGenerator<SheetRow>;
  /** 0–1 of the input consumed so far. */
  progress(): number;
}
