import { describe, expect, it } from 'vitest';
import { toRegionDisplayName, toRegionNameKey } from './region-display-name';

describe('region display names', () => {
  it('title-cases the upper-case provinces and regencies', () => {
    expect(toRegionDisplayName('KALIMANTAN SELATAN', 'province')).toBe('Kalimantan Selatan');
    expect(toRegionDisplayName('KOTA BANJARBARU', 'regency')).toBe('Kota Banjarbaru');
    expect(toRegionDisplayName('KABUPATEN BANJAR', 'regency')).toBe('Kabupaten Banjar');
  });

  it('keeps DKI, DI and roman numerals, writes "dan" lower-case and capitalises each hyphen part', () => {
    expect(toRegionDisplayName('DKI JAKARTA', 'province')).toBe('DKI Jakarta');
    expect(toRegionDisplayName('DI YOGYAKARTA', 'province')).toBe('DI Yogyakarta');
    expect(toRegionDisplayName('KABUPATEN PANGKAJENE DAN KEPULAUAN', 'regency')).toBe(
      'Kabupaten Pangkajene dan Kepulauan',
    );
    expect(toRegionDisplayName('KOTA TANJUNG II', 'regency')).toBe('Kota Tanjung II');
    expect(toRegionDisplayName('KABUPATEN TOLI-TOLI', 'regency')).toBe('Kabupaten Toli-Toli');
    expect(toRegionDisplayName("KABUPATEN KI'E", 'regency')).toBe("Kabupaten Ki'e");
  });

  it('keeps districts and villages as written, apart from the quote used as an apostrophe', () => {
    expect(toRegionDisplayName('Landasan Ulin', 'district')).toBe('Landasan Ulin');
    expect(toRegionDisplayName('IV Nagari Bayang Utara', 'district')).toBe('IV Nagari Bayang Utara');
    expect(toRegionDisplayName('Soka"an', 'village')).toBe("Soka'an");
    expect(toRegionDisplayName('RD. PJKA', 'village')).toBe('RD. PJKA');
  });

  it('keys names in lower case with single spaces', () => {
    expect(toRegionNameKey('Kota  Banjarbaru ')).toBe('kota banjarbaru');
  });
});
