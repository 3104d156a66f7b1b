import { describe, expect, it } from 'vitest';
import { contentDisposition, displayFileName } from './display-file-name';

describe('displayFileName', () => {
  it('drops folders, markup and control characters and takes the extension of the content', () => {
    expect(displayFileName('C:\\Users\\siti\\Foto Kunjungan.JPG', 'jpg', 'foto')).toBe('Foto Kunjungan.jpg');
    expect(displayFileName('../../etc/passwd', 'pdf', 'dokumen')).toBe('passwd.pdf');
    expect(displayFileName('laporan"\r\n<b>.exe', 'pdf', 'dokumen')).toBe('laporan b.pdf');
    expect(displayFileName('Brosur Sanggar Tenun Ikat (2026).pdf', 'pdf', 'dokumen')).toBe(
      'Brosur Sanggar Tenun Ikat (2026).pdf',
    );
  });

  it('falls back to a plain name when nothing usable is left', () => {
    expect(displayFileName('', 'jpg', 'foto')).toBe('foto.jpg');
    expect(displayFileName('...', 'png', 'foto')).toBe('foto.png');
    expect(displayFileName('///', 'pdf', 'dokumen')).toBe('dokumen.pdf');
  });

  it('keeps Indonesian and other letters and caps the length', () => {
    expect(displayFileName('Kunjungan ke Bu Ñoña.jpg', 'jpg', 'foto')).toBe('Kunjungan ke Bu Ñoña.jpg');
    expect(displayFileName(`${'a'.repeat(300)}.pdf`, 'pdf', 'dokumen')).toBe(`${'a'.repeat(100)}.pdf`);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('inline', 'Bu Ñoña (1).jpg')).toBe(
      `inline; filename="Bu Nona (1).jpg"; filename*=UTF-8''Bu%20%C3%91o%C3%B1a%20%281%29.jpg`,
    );
    expect(contentDisposition('attachment', 'a.pdf')).toBe(
      `attachment; filename="a.pdf"; filename*=UTF-8''a.pdf`,
    );
  });
});
