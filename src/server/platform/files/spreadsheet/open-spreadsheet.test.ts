import { describe, expect, it } from 'vitest';
import { csv, excelJsXlsx, handMadeXlsx, type Cell } from '../../../../../tests/factories/spreadsheets';
import { openSpreadsheet } from './open-spreadsheet';
import type { SheetRow } from './spreadsheet-source';

async function readAll(bytes: Buffer): Promise<SheetRow[]> {
  const source = await openSpreadsheet(bytes);
  const rows: SheetRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  expect(source.progress()).toBe(1);
  return rows;
}

describe('reading spreadsheets row by row', () => {
  it('reads every row of a large XLSX across chunk boundaries, with escaped text intact', async () => {
    const rows: Cell[][] = [['Nama Mitra', 'No. HP/WA', 'Catatan']];
    for (let i = 1; i <= 5000; i += 1)
      rows.push([`Toko "Berkah" & Sejahtera <${i}>`, 81200000000 + i, 'Ña‘an ✓']);
    const read = await readAll(handMadeXlsx(rows));
    expect(read).toHaveLength(5001);
    expect(read[5000]).toEqual({
      rowNumber: 5001,
      cells: ['Toko "Berkah" & Sejahtera <5000>', 81200005000, 'Ña‘an ✓'],
    });
  });

  it('reads shared strings, numbers and gaps as Excel-compatible tools write them', async () => {
    const read = await readAll(
      await excelJsXlsx(
        [
          ['Nama', null, 'NIB'],
          ['CV Amanah', 3, '9120001234567'],
        ],
        [2],
      ),
    );
    expect(read.map((row) => row.cells)).toEqual([
      ['Nama', null, 'NIB'],
      ['CV Amanah', 3, '9120001234567'],
    ]);
  });

  it('reads CSV with a BOM and semicolons, and old Windows-1252 text', async () => {
    expect(
      (
        await readAll(
          csv(
            [
              ['Nama Mitra', 'Kab/Kota'],
              ['Koperasi; Maju', 'Kota Banjarbaru'],
            ],
            ';',
            true,
          ),
        )
      ).map((r) => r.cells),
    ).toEqual([
      ['Nama Mitra', 'Kab/Kota'],
      ['Koperasi; Maju', 'Kota Banjarbaru'],
    ]);
    const latin = Buffer.from('Nama,Kota\nCaf\xe9 Ã,Banjarmasin\n', 'latin1');
    expect((await readAll(latin))[1]!.cells).toEqual(['Café Ã', 'Banjarmasin']);
  });

  it('refuses what is neither XLSX nor CSV', async () => {
    await expect(openSpreadsheet(Buffer.from('<html><body>Nama</body></html>'))).rejects.toMatchObject({
      code: 'IMPORT_FILE_TYPE',
    });
    await expect(openSpreadsheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).rejects.toMatchObject({
      code: 'IMPORT_FILE_TYPE',
    });
    await expect(openSpreadsheet(Buffer.from('%PDF-1.7\n\0binary'))).rejects.toMatchObject({
      code: 'IMPORT_FILE_TYPE',
    });
  });
});
