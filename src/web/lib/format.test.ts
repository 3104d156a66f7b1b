import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatRupiah,
  groupRupiah,
  parseQuantity,
  parseRupiahIn,
  quantityText,
} from './format';

describe('money and figures on screen in the user language', () => {
  it('writes rupiah as each language groups them, with sen only when asked', () => {
    expect(formatRupiah(1_500_000, 'id')).toBe('Rp1.500.000');
    expect(formatRupiah(1_500_000, 'en')).toBe('Rp1,500,000');
    expect(formatRupiah(17_000_000, 'id', { withSen: true })).toBe('Rp17.000.000,00');
    expect(formatRupiah(17_000_000, 'en', { withSen: true })).toBe('Rp17,000,000.00');
    expect(groupRupiah(1_500_000, 'id')).toBe('1.500.000');
    expect(groupRupiah(1_500_000, 'en')).toBe('1,500,000');
  });

  it('writes figures as each language does', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('reads an amount as the user writes it', () => {
    expect(parseRupiahIn('1.500.000', 'id')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseRupiahIn('Rp1.500.000,00', 'id')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseRupiahIn('1,500,000', 'en')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseRupiahIn('Rp 1,500,000.00', 'en')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseRupiahIn('1,500', 'en')).toEqual({ ok: true, value: 1500 });
    expect(parseRupiahIn('1500000', 'en')).toEqual({ ok: true, value: 1_500_000 });
    // Dots in groups of three cannot be an English decimal: read as the Indonesian amount it is.
    expect(parseRupiahIn('1.500.000', 'en')).toEqual({ ok: true, value: 1_500_000 });
  });

  it('refuses what would read differently in the other convention', () => {
    expect(parseRupiahIn('1,500,000', 'id')).toEqual({ ok: false, problem: 'AMBIGUOUS' });
    expect(parseRupiahIn('1.500', 'en')).toEqual({ ok: false, problem: 'AMBIGUOUS' });
    expect(parseRupiahIn('1,500,000.50', 'en')).toEqual({ ok: false, problem: 'HAS_SEN' });
  });

  it('reads and writes a quantity in the user language', () => {
    expect(parseQuantity('18,5', 'id')).toBe(18.5);
    expect(parseQuantity('1.200', 'id')).toBe(1200);
    expect(parseQuantity('18.5', 'en')).toBe(18.5);
    expect(parseQuantity('1,200', 'en')).toBe(1200);
    expect(parseQuantity('lima', 'en')).toBeNaN();
    expect(quantityText(18.5, 'id')).toBe('18,5');
    expect(quantityText(18.5, 'en')).toBe('18.5');
  });
});
