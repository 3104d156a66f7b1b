import { describe, expect, it } from 'vitest';
import {
  longIndonesianDate,
  renderTemplate,
  sapaan,
  templatePlaceholders,
  unknownPlaceholders,
} from './message-placeholders';
import { defaultMessageTemplates, defaultTemplateFor } from './default-message-templates';

describe('message placeholders', () => {
  it('finds an unknown placeholder, once, among known ones', () => {
    const template = '{sapaan}, selamat {momen} dari {lembga}. {lembga} dan {nama mitra}';
    expect(templatePlaceholders(template)).toEqual(['sapaan', 'momen', 'lembga']);
    expect(unknownPlaceholders(template)).toEqual(['lembga']);
    expect(unknownPlaceholders('Selamat {tahun}, {nama_mitra}.')).toEqual([]);
  });

  it('renders the values in place', () => {
    const rendered = renderTemplate('{salam}, {sapaan}. Selamat Hari Raya Idulfitri {tahun}.', {
      salam: 'Selamat pagi',
      sapaan: 'Bapak Andi',
      tahun: '1447 H',
    });
    expect(rendered).toEqual({
      text: 'Selamat pagi, Bapak Andi. Selamat Hari Raya Idulfitri 1447 H.',
      missing: [],
    });
  });

  it('keeps a placeholder without a value written and reports it', () => {
    const rendered = renderTemplate('Hormat kami,\n{pengirim}, {jabatan_pengirim}', {
      pengirim: 'Siti Aminah',
      jabatan_pengirim: null,
    });
    expect(rendered.text).toBe('Hormat kami,\nSiti Aminah, {jabatan_pengirim}');
    expect(rendered.missing).toEqual(['jabatan_pengirim']);
  });

  it('greets by the recorded salutation, or Bapak/Ibu', () => {
    expect(sapaan('bapak', 'Andi')).toBe('Bapak Andi');
    expect(sapaan('ibu', 'Sari')).toBe('Ibu Sari');
    expect(sapaan(null, 'Andi')).toBe('Bapak/Ibu Andi');
    expect(sapaan('ibu', 'Ibu Hj. Rusmini')).toBe('Ibu Hj. Rusmini');
  });

  it('writes the date the Indonesian way', () => {
    expect(longIndonesianDate('2026-03-20')).toBe('Jumat, 20 Maret 2026');
  });

  it('ships only templates whose placeholders are all known', () => {
    for (const template of defaultMessageTemplates) {
      expect(unknownPlaceholders(template.body), template.id).toEqual([]);
      expect(unknownPlaceholders(template.subject), template.id).toEqual([]);
    }
    expect(defaultTemplateFor('greeting', 'idulfitri').body).toContain(
      'Selamat Hari Raya Idulfitri {tahun}. Mohon maaf lahir dan batin.',
    );
    expect(defaultTemplateFor('greeting', 'unheard_of').id).toBe('default:greeting:general');
  });
});
