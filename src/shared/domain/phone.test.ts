import { describe, expect, it } from 'vitest';
import { normalizePhone, toLocalPhone, whatsAppLink } from './phone';

describe('Indonesian phone numbers', () => {
  it('reads the common ways of writing one mobile number as the same E.164', () => {
    for (const written of [
      '0812-3456-7890',
      '+62 812 3456 7890',
      '6281234567890',
      '081234567890',
      '(0812) 3456 7890',
    ]) {
      expect(normalizePhone(written), written).toBe('+6281234567890');
    }
  });

  it('keeps the 62 rule: 62812… is not a landline in area 62', () => {
    expect(normalizePhone('62812345678')).toBe('+62812345678');
  });

  it('refuses what is not a number', () => {
    expect(normalizePhone('abc')).toBeNull();
    expect(normalizePhone('0812')).toBeNull();
    expect(normalizePhone('')).toBeNull();
  });

  it('gives the local form and a wa.me link without the plus', () => {
    expect(toLocalPhone('+6281234567890')).toBe('081234567890');
    expect(whatsAppLink('+6281234567890', 'Selamat pagi, Bapak')).toBe(
      'https://wa.me/6281234567890?text=Selamat%20pagi%2C%20Bapak',
    );
  });
});
