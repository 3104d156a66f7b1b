import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../../platform/files/load-exceljs';
import {
  activitiesTable,
  agreementsTable,
  figureGroups,
  partnershipsTable,
  valueRecordsTable,
  type ReportTable,
} from './annual-tables';
import type { AnnualVocabulary } from './annual-words';
import type { AnnualSource } from './load-annual-source';

function writeTable(sheet: ExcelJS.Worksheet, table: ReportTable): void {
  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 12 };
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ''));
  sheet.addRow([]);
}

function addSheet(workbook: ExcelJS.Workbook, name: string, tables: ReportTable[]): void {
  const sheet = workbook.addWorksheet(name);
  for (const table of tables) writeTable(sheet, table);
  const widths: number[] = [];
  for (const table of tables) {
    for (const row of [table.header, ...table.rows]) {
      row.forEach((cell, column) => {
        widths[column] = Math.max(widths[column] ?? 8, Math.min(60, String(cell ?? '').length + 2));
      });
    }
  }
  widths.forEach((width, column) => {
    sheet.getColumn(column + 1).width = width;
  });
}

/**
 * The figures behind the report's charts, one sheet per group, then the year's records: numbers
 * stay numeric cells so the institution can chart or sum them again; only the words (sheet names,
 * titles, headers, names of codes, dates written out) follow the document language.
 */
export async function renderAnnualXlsx(source: AnnualSource, v: AnnualVocabulary): Promise<Buffer> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  workbook.creator = 'Jalin';
  workbook.created = new Date(`${source.today}T00:00:00Z`);
  const sheets = v.words.sheets;
  for (const group of figureGroups(source, v)) addSheet(workbook, group.sheet, group.tables);
  addSheet(workbook, sheets.partnerships, [partnershipsTable(source, v)]);
  addSheet(workbook, sheets.agreements, [agreementsTable(source, v)]);
  addSheet(workbook, sheets.doneActivities, [activitiesTable(source, v)]);
  addSheet(workbook, sheets.valueRecords, [valueRecordsTable(source, v)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
