import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('partner export (XLSX and CSV)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let other: Session;
  const formulaName = '=HYPERLINK("http://x")';

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    other = await signedInInstitution(t, 'manager');
    const partner = await createPartnerVia(manager, { name: formulaName, category: 'cooperative' });
    await createContactVia(manager, partner.id, { name: '@Ibu Sari', phone: '081351112233' });
    await createPartnerVia(manager, { name: 'Galeri Sasirangan Cempaka', category: 'business' });
    await createPartnerVia(other, { name: 'Mitra Lembaga Lain' });
  });
  afterAll(() => t.close());

  it('writes a CSV for Excel whose formula-like cells stay text', async () => {
    const response = await manager.request('GET', '/api/v1/partners/export?format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="mitra-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFNama Mitra,Kategori')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("'@Ibu Sari");
    expect(text).toContain('081351112233');
    expect(text).toContain('Galeri Sasirangan Cempaka');
    expect(text).not.toContain('Mitra Lembaga Lain');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('writes an XLSX that parses back with text cells, not formulas, and honours the filters', async () => {
    const response = await manager.request('GET', '/api/v1/partners/export?format=xlsx&category=cooperative');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Mitra')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Nama Mitra');
    expect(sheet.rowCount).toBe(2);
    const cell = sheet.getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeFalsy();
    expect(cell.value).toBe(formulaName);
  });

  it('needs a signed-in user of the institution', async () => {
    expect((await t.app.inject('/api/v1/partners/export')).statusCode).toBe(401);
    const foreign = await other.request('GET', '/api/v1/partners/export?format=csv');
    expect(foreign.rawPayload.toString('utf8')).not.toContain('HYPERLINK');
  });
});
