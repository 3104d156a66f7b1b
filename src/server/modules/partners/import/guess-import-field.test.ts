import { describe, expect, it } from 'vitest';
import { guessImportField } from './guess-import-field';
import { resolveImportColumns } from './resolve-import-columns';

describe('guessing what a column holds from its header', () => {
  it.each([
    ['Nama Mitra', 'name'],
    ['NAMA PERUSAHAAN', 'name'],
    ['Company name', 'name'],
    ['No. HP/WA', 'contactPhone'],
    ['No HP', 'contactPhone'],
    ['Telp.', 'contactPhone'],
    ['WhatsApp', 'contactPhone'],
    ['Kab/Kota', 'regency'],
    ['Kabupaten / Kota', 'regency'],
    ['Kecamatan', 'district'],
    ['Desa/Kel', 'village'],
    ['Bidang Usaha', 'sector'],
    ['E-mail', 'contactEmail'],
    ['Nama Narahubung', 'contactName'],
    ['Contact person', 'contactName'],
    ['Nama Mitra (wajib)', 'name'],
    ['NPWP Perusahaan', 'npwp'],
    ['Latitude', 'lat'],
    ['Bujur', 'lng'],
  ])('"%s" → %s', (header, field) => {
    expect(guessImportField(header)).toBe(field);
  });

  it('leaves unknown headers unmapped', () => {
    expect(guessImportField('No')).toBeNull();
    expect(guessImportField('Tanggal Input')).toBeNull();
    expect(guessImportField('   ')).toBeNull();
  });

  it("lets the user's mapping win and gives a field to the first column only", () => {
    const columns = resolveImportColumns(['Nama', 'Nama Mitra', 'HP', 'Kota'], { HP: null, Kota: 'regency' });
    expect(columns.fields).toEqual(['name', null, null, 'regency']);
    expect(columns.missingRequired).toEqual([]);
    expect(resolveImportColumns(['Alamat']).missingRequired).toEqual(['name', 'regency']);
  });
});
