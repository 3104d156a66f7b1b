import { describe, expect, it } from 'vitest';
import {
  clauseBlocks,
  clauseKeys,
  clausePlaceholders,
  defaultClauseTemplates,
  fillClause,
  findUnknownPlaceholders,
} from './clause-templates';
import { termLength } from './clause-values';

describe('clause templates', () => {
  it('finds placeholders the list does not know, each once, and accepts the known ones', () => {
    expect(findUnknownPlaceholders('{{partner.name}} dan {{ institution.name }}')).toEqual([]);
    expect(findUnknownPlaceholders('{{partner.nama}} {{foo}} {{partner.nama}} {{ }}')).toEqual([
      'partner.nama',
      'foo',
      '',
    ]);
  });

  it('every default template of every kind uses only known placeholders and has every key', () => {
    for (const kind of ['mou', 'pks', 'addendum', 'extension'] as const) {
      const templates = defaultClauseTemplates(kind);
      expect(Object.keys(templates).sort()).toEqual([...clauseKeys].sort());
      for (const key of clauseKeys)
        expect(findUnknownPlaceholders(templates[key]), `${kind}.${key}`).toEqual([]);
    }
  });

  it('fills placeholders once, without re-reading inserted text and leaving unknown ones visible', () => {
    const filled = fillClause('Mitra {{partner.name}} di {{regency}}; {{tidak.dikenal}}', {
      'partner.name': 'Toko {{regency}} & "Sari"',
      regency: 'Kota Banjarbaru',
    });
    expect(filled).toBe('Mitra Toko {{regency}} & "Sari" di Kota Banjarbaru; {{tidak.dikenal}}');
  });

  it('describes every placeholder', () => {
    for (const [name, description] of Object.entries(clausePlaceholders)) {
      expect(name).toMatch(/^[a-z]+(\.[a-zA-Z]+)?$/);
      expect(description.length).toBeGreaterThan(5);
    }
  });

  it('reads blank-line paragraphs, "- " bullet lists and "1. " numbered lists', () => {
    const blocks = clauseBlocks(
      'Paragraf pertama\nsambungan baris.\n\nRuang lingkup:\n- pelatihan;\n- pemagangan.\n1. satu\n2. dua\nPenutup.',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Paragraf pertama sambungan baris.' },
      { kind: 'paragraph', text: 'Ruang lingkup:' },
      { kind: 'list', ordered: false, items: ['pelatihan;', 'pemagangan.'] },
      { kind: 'list', ordered: true, items: ['satu', 'dua'] },
      { kind: 'paragraph', text: 'Penutup.' },
    ]);
  });

  it('measures a term in whole months and days left over', () => {
    expect(termLength('2027-02-01', '2028-01-31')).toEqual({ months: 12, days: 0 });
    // A month from 31 January ends with February's last day, as calendars count it.
    expect(termLength('2026-01-31', '2026-02-27')).toEqual({ months: 1, days: 0 });
    expect(termLength('2026-01-31', '2026-02-26')).toEqual({ months: 0, days: 27 });
    expect(termLength('2026-03-15', '2026-06-20')).toEqual({ months: 3, days: 6 });
    expect(termLength('2026-03-01', '2026-03-01')).toEqual({ months: 0, days: 1 });
  });
});
