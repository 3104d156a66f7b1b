import { describe, expect, it } from 'vitest';
import type { DeviationView } from '../../../shared/contracts/monitoring';
import { en } from '../../../shared/i18n/en';
import { id } from '../../../shared/i18n/id';
import { deviationSentence } from './deviation-sentence';

const base: DeviationView = {
  kind: 'not_started',
  severity: 'medium',
  itemId: 'item',
  itemActivity: 'Pelatihan menjahit dasar',
  activityId: null,
  activityTitle: null,
  daysLate: null,
  expected: null,
  actual: null,
  unit: null,
  party: null,
  plannedRupiah: null,
  spentRupiah: null,
};

describe('a deviation as one sentence that says what and by how much', () => {
  it('reads each kind in Indonesian', () => {
    expect(deviationSentence(id, 'id', { ...base, daysLate: 12 })).toBe(
      'Pelatihan menjahit dasar terlambat 12 hari dari jadwal mulai',
    );
    expect(deviationSentence(id, 'id', { ...base, kind: 'overdue', daysLate: 5 })).toBe(
      'Pelatihan menjahit dasar melewati jadwal selesai 5 hari dan belum selesai',
    );
    expect(
      deviationSentence(id, 'id', {
        ...base,
        kind: 'indicator_behind',
        expected: 10,
        actual: 7,
        unit: 'orang',
      }),
    ).toBe('Pelatihan menjahit dasar: baru tercapai 7 orang dari 10 orang yang seharusnya sudah tercapai');
    expect(
      deviationSentence(id, 'id', {
        ...base,
        kind: 'evidence_missing',
        activityTitle: 'Angkatan 1',
        daysLate: 3,
      }),
    ).toBe('Angkatan 1 sudah selesai 3 hari lalu tetapi belum ada bukti kegiatan');
    expect(
      deviationSentence(id, 'id', {
        ...base,
        kind: 'contribution_behind',
        itemId: null,
        itemActivity: null,
        party: 'partner',
        plannedRupiah: 5_000_000,
        spentRupiah: 1_000_000,
      }),
    ).toBe(
      'Kontribusi mitra baru Rp1.000.000 dari Rp5.000.000 yang direncanakan untuk kegiatan yang sudah berakhir',
    );
  });

  it('reads in English too, with figures and money as English writes them', () => {
    expect(deviationSentence(en, 'en', { ...base, daysLate: 12 })).toBe(
      'Pelatihan menjahit dasar is 12 days late against its planned start',
    );
    expect(
      deviationSentence(en, 'en', {
        ...base,
        kind: 'contribution_behind',
        itemId: null,
        itemActivity: null,
        party: 'partner',
        plannedRupiah: 5_000_000,
        spentRupiah: 1_000_000,
      }),
    ).toContain('Rp1,000,000');
    expect(
      deviationSentence(en, 'en', {
        ...base,
        kind: 'indicator_behind',
        expected: 1250,
        actual: 7.5,
        unit: 'orang',
      }),
    ).toContain('7.5 orang');
  });

  it('writes a decimal figure with a comma in Indonesian', () => {
    expect(
      deviationSentence(id, 'id', {
        ...base,
        kind: 'indicator_behind',
        expected: 1250,
        actual: 7.5,
        unit: 'jam',
      }),
    ).toBe('Pelatihan menjahit dasar: baru tercapai 7,5 jam dari 1.250 jam yang seharusnya sudah tercapai');
  });
});
