import { describe, expect, it } from 'vitest';
import { officialHolidaysByYear, skb2026 } from './official-holidays';

describe('the official 2026 holidays (SKB No. 1497, 2 dan 5 Tahun 2025)', () => {
  const list = officialHolidaysByYear.get(2026)!;

  it('has every date and kind exactly as decreed, national holidays and cuti bersama apart', () => {
    expect(list.map((h) => [h.date, h.kind, h.occasionKey])).toEqual([
      ['2026-01-01', 'national_holiday', 'tahun_baru'],
      ['2026-01-16', 'national_holiday', 'isra_mikraj'],
      ['2026-02-16', 'cuti_bersama', 'imlek'],
      ['2026-02-17', 'national_holiday', 'imlek'],
      ['2026-03-18', 'cuti_bersama', 'nyepi'],
      ['2026-03-19', 'national_holiday', 'nyepi'],
      ['2026-03-20', 'cuti_bersama', 'idulfitri'],
      ['2026-03-21', 'national_holiday', 'idulfitri'],
      ['2026-03-22', 'national_holiday', 'idulfitri'],
      ['2026-03-23', 'cuti_bersama', 'idulfitri'],
      ['2026-03-24', 'cuti_bersama', 'idulfitri'],
      ['2026-04-03', 'national_holiday', 'wafat_yesus'],
      ['2026-04-05', 'national_holiday', 'paskah'],
      ['2026-05-01', 'national_holiday', 'hari_buruh'],
      ['2026-05-14', 'national_holiday', 'kenaikan_yesus'],
      ['2026-05-15', 'cuti_bersama', 'kenaikan_yesus'],
      ['2026-05-27', 'national_holiday', 'iduladha'],
      ['2026-05-28', 'cuti_bersama', 'iduladha'],
      ['2026-05-31', 'national_holiday', 'waisak'],
      ['2026-06-01', 'national_holiday', 'pancasila'],
      ['2026-06-16', 'national_holiday', 'tahun_baru_islam'],
      ['2026-08-17', 'national_holiday', 'kemerdekaan'],
      ['2026-08-25', 'national_holiday', 'maulid'],
      ['2026-12-24', 'cuti_bersama', 'natal'],
      ['2026-12-25', 'national_holiday', 'natal'],
    ]);
    expect(list.filter((h) => h.kind === 'national_holiday')).toHaveLength(17);
    expect(list.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(8);
  });

  it('uses the official names and each holiday calendar year', () => {
    const on = (date: string) => list.find((h) => h.date === date)!;
    expect(on('2026-03-21')).toMatchObject({
      name: 'Hari Raya Idulfitri 1447 Hijriah',
      calendarYearLabel: '1447 H',
    });
    expect(on('2026-03-22').name).toBe('Hari Raya Idulfitri 1447 Hijriah');
    expect(on('2026-02-17')).toMatchObject({
      name: 'Tahun Baru Imlek 2577 Kongzili',
      calendarYearLabel: '2577',
    });
    expect(on('2026-03-19').calendarYearLabel).toBe('Saka 1948');
    expect(on('2026-05-31').calendarYearLabel).toBe('2570 BE');
    expect(on('2026-06-16').calendarYearLabel).toBe('1448 H');
    expect(list.every((h) => h.sourceDecree === skb2026)).toBe(true);
    expect(skb2026).toContain('1497, 2, dan 5 Tahun 2025');
  });
});
