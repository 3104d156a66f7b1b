import { describe, expect, it } from 'vitest';
import { sumOutcomes } from './outcome-figures';
import { asciiSlug, cleanFileName, UniqueNames } from './pack-names';

describe('evidence pack names', () => {
  it('keeps only the last path part, folds accents, and never leaves a hidden or parent name', () => {
    expect(cleanFileName('../../etc/Daftar hadir Ñandú.pdf', 'id')).toBe('Daftar-hadir-Nandu.pdf');
    expect(cleanFileName('C:\\Users\\siti\\foto 1.JPG', 'id')).toBe('foto-1.jpg');
    expect(cleanFileName('..', 'id')).toBe('berkas');
    expect(cleanFileName('.htaccess', 'id')).toBe('htaccess');
    expect(cleanFileName('漢字.png', 'id')).toBe('berkas.png');
    expect(cleanFileName('漢字.png', 'en')).toBe('file.png');
    expect(cleanFileName(`${'a'.repeat(200)}.jpeg`, 'id')).toHaveLength(60);
  });

  it('numbers a second file of the same name, whatever its case', () => {
    const names = new UniqueNames();
    expect([names.claim('foto.jpg'), names.claim('FOTO.jpg'), names.claim('foto.jpg')]).toEqual([
      'foto.jpg',
      'FOTO-2.jpg',
      'foto-3.jpg',
    ]);
  });

  it('slugs names to ASCII', () => {
    expect(asciiSlug('Pelatihan Merajut (Angkatan 1) – Café', 'id')).toBe(
      'pelatihan-merajut-angkatan-1-cafe',
    );
    expect(asciiSlug('···', 'id')).toBe('tanpa-nama');
    expect(asciiSlug('···', 'en')).toBe('untitled');
  });

  it('sums outcome figures by kind, leaving cancelled and unmeasured activities out', () => {
    const figures = sumOutcomes([
      { status: 'done', outcome_kind: 'learners_trained', actual_quantity: 12 },
      { status: 'in_progress', outcome_kind: 'learners_trained', actual_quantity: 6.5 },
      { status: 'cancelled', outcome_kind: 'learners_trained', actual_quantity: 100 },
      { status: 'done', outcome_kind: 'graduates_hired', actual_quantity: null },
      { status: 'done', outcome_kind: 'other', actual_quantity: 9 },
    ]);
    expect(figures).toEqual({
      learners_trained: 18.5,
      graduates_hired: 0,
      graduates_in_business: 0,
      internship_places: 0,
      guest_instructor_hours: 0,
    });
  });
});
