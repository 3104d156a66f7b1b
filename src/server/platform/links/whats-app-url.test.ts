import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../shared/domain/phone';
import { whatsAppUrl } from './whats-app-url';

describe('wa.me links to a contact', () => {
  const text = 'Selamat pagi, Bapak Andi.\n\nSelamat Hari Raya Idulfitri 1447 H. Mohon maaf lahir & batin?';
  const encoded = encodeURIComponent(text);

  it('sends the three ways of writing one number to the same chat', () => {
    expect(whatsAppUrl(text, normalizePhone('0812-3456-7890'))).toBe(
      `https://wa.me/6281234567890?text=${encoded}`,
    );
    expect(whatsAppUrl(text, normalizePhone('+62 812 3456 7890'))).toBe(
      `https://wa.me/6281234567890?text=${encoded}`,
    );
  });

  it('reads 62812345678 as +62 812-345-678, not a landline in area 62', () => {
    expect(whatsAppUrl(text, normalizePhone('62812345678'))).toBe(
      `https://wa.me/62812345678?text=${encoded}`,
    );
  });

  it('encodes line breaks, ampersands and question marks so the text arrives whole', () => {
    const url = new URL(whatsAppUrl(text, '+6281234567890'));
    expect(url.searchParams.get('text')).toBe(text);
    expect(encoded).toContain('%0A');
  });

  it('leaves the recipient to WhatsApp when no number is given', () => {
    expect(whatsAppUrl('Halo')).toBe('https://wa.me/?text=Halo');
  });
});
