import { describe, expect, it } from 'vitest';
import { formatRupiah, formatRupiahWithWords, formatSen, parseRupiah, parseSen } from './rupiah';

describe('formatting rupiah as documents write it', () => {
  it('has no space, dots between thousands and a comma before the sen', () => {
    expect(formatRupiah(1_500_000)).toBe('Rp1.500.000,00');
    expect(formatRupiah(0)).toBe('Rp0,00');
    expect(formatRupiah(999)).toBe('Rp999,00');
    expect(formatRupiah(1000)).toBe('Rp1.000,00');
    expect(formatRupiah(999_999_999_999)).toBe('Rp999.999.999.999,00');
    expect(formatRupiah(-25_750_000)).toBe('-Rp25.750.000,00');
    expect(formatRupiah(1_500_000, { withSen: false })).toBe('Rp1.500.000');
  });

  it('groups with commas and ends with ".00" in an English document or screen', () => {
    expect(formatRupiah(1_500_000, { locale: 'en' })).toBe('Rp1,500,000.00');
    expect(formatRupiah(-25_750_000, { locale: 'en', withSen: false })).toBe('-Rp25,750,000');
    expect(formatRupiah(999, { locale: 'en' })).toBe('Rp999.00');
  });

  it('formats sen', () => {
    expect(formatSen(150_000_050)).toBe('Rp1.500.000,50');
    expect(formatSen(5)).toBe('Rp0,05');
    expect(formatSen(100)).toBe('Rp1,00');
  });

  it('adds the amount in words', () => {
    expect(formatRupiahWithWords(10_000_000)).toBe('Rp10.000.000,00 (sepuluh juta rupiah)');
  });

  it('refuses what is not a whole amount', () => {
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
    expect(() => formatSen(Number.NaN)).toThrow(RangeError);
  });
});

describe('parsing what people type', () => {
  it.each([
    ['1.500.000', 1_500_000],
    ['Rp 1.500.000,00', 1_500_000],
    ['Rp1.500.000,00', 1_500_000],
    ['rp. 1.500.000', 1_500_000],
    ['IDR 1.500.000', 1_500_000],
    ['1500000', 1_500_000],
    ['1500000,00', 1_500_000],
    ['Rp1.500.000,-', 1_500_000],
    ['1 500 000', 1_500_000],
    ['Rp\u00a01.500.000', 1_500_000],
    ['  25.750.000  ', 25_750_000],
    ['1.500', 1500],
    ['0', 0],
    ['999.999.999.999', 999_999_999_999],
  ])('reads "%s" as %d rupiah', (text, value) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value });
  });

  it('reads sen after the comma', () => {
    expect(parseSen('Rp1.500.000,50')).toEqual({ ok: true, value: 150_000_050 });
    expect(parseSen('1,5')).toEqual({ ok: true, value: 150 });
    expect(parseSen('0,05')).toEqual({ ok: true, value: 5 });
    expect(parseRupiah('1.500.000,50')).toEqual({ ok: false, problem: 'HAS_SEN' });
  });

  it.each([
    ['1,500', 'AMBIGUOUS'],
    ['1,500,000', 'AMBIGUOUS'],
    ['1,500.00', 'AMBIGUOUS'],
    ['1500.00', 'AMBIGUOUS'],
    ['1.5', 'AMBIGUOUS'],
    ['', 'EMPTY'],
    ['Rp', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['1.50.000', 'INVALID'],
    ['1.5000', 'INVALID'],
    ['1.500.000,500', 'INVALID'],
    ['1.500.00', 'INVALID'],
    ['satu juta', 'INVALID'],
    ['1,5 juta', 'INVALID'],
    [',50', 'INVALID'],
    ['1 50 000', 'INVALID'],
    ['1e6', 'INVALID'],
    ['-1.000', 'NEGATIVE'],
    ['Rp -1.000', 'NEGATIVE'],
    ['1.000.000.000.000', 'TOO_LARGE'],
  ])('refuses "%s" as %s', (text, problem) => {
    expect(parseRupiah(text)).toEqual({ ok: false, problem });
  });

  it('reads back what it formats', () => {
    for (const value of [0, 7, 1000, 1_500_000, 25_750_000, 999_999_999_999]) {
      expect(parseRupiah(formatRupiah(value))).toEqual({ ok: true, value });
      expect(parseRupiah(formatRupiah(value, { withSen: false }))).toEqual({ ok: true, value });
    }
  });
});
