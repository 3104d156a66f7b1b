import { describe, expect, it } from 'vitest';
import { agreementOpeningDate, dateInWords, rupiahInWords, senInWords, terbilang } from './terbilang';

describe('terbilang: whole numbers in Indonesian words', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [119, 'seratus sembilan belas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [1111, 'seribu seratus sebelas'],
    [2000, 'dua ribu'],
    [10_000, 'sepuluh ribu'],
    [11_000, 'sebelas ribu'],
    [12_000, 'dua belas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [111_000, 'seratus sebelas ribu'],
    [1_000_000, 'satu juta'],
    [1_000_001, 'satu juta satu'],
    [1_001_000, 'satu juta seribu'],
    [11_000_000, 'sebelas juta'],
    [1_500_000, 'satu juta lima ratus ribu'],
    [25_750_000, 'dua puluh lima juta tujuh ratus lima puluh ribu'],
    [1_000_000_000, 'satu miliar'],
    [100_000_000_000, 'seratus miliar'],
    [1_000_000_000_000, 'satu triliun'],
    [2026, 'dua ribu dua puluh enam'],
  ])('%d is "%s"', (value, words) => {
    expect(terbilang(value)).toBe(words);
  });

  it('says 999 999 999 999 and the largest fifteen-digit number in full', () => {
    expect(terbilang(999_999_999_999)).toBe(
      'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta ' +
        'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    );
    expect(terbilang(999_999_999_999_999)).toBe(
      'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar ' +
        'sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu ' +
        'sembilan ratus sembilan puluh sembilan',
    );
  });

  it('skips empty groups between scales', () => {
    expect(terbilang(1_000_000_000_001)).toBe('satu triliun satu');
    expect(terbilang(5_000_000_000_000_000)).toBe('lima kuadriliun');
    expect(terbilang(1_000_001_000)).toBe('satu miliar seribu');
  });

  it('refuses negative, fractional and unsafe numbers instead of printing a wrong amount', () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(Number.NaN)).toThrow(RangeError);
    expect(() => terbilang(2 ** 53)).toThrow(RangeError);
  });
});

describe('amounts in words', () => {
  it('says rupiah', () => {
    expect(rupiahInWords(1_500_000)).toBe('satu juta lima ratus ribu rupiah');
    expect(rupiahInWords(10_000_000)).toBe('sepuluh juta rupiah');
    expect(rupiahInWords(0)).toBe('nol rupiah');
  });

  it('says sen only when there are any', () => {
    expect(senInWords(150_000_000)).toBe('satu juta lima ratus ribu rupiah');
    expect(senInWords(100_000_050)).toBe('satu juta rupiah lima puluh sen');
    expect(senInWords(1)).toBe('satu sen');
    expect(() => senInWords(-100)).toThrow(RangeError);
  });
});

describe('dates in words', () => {
  it('writes the opening the brief quotes', () => {
    expect(dateInWords('2026-11-30')).toBe(
      'Senin tanggal tiga puluh bulan November tahun dua ribu dua puluh enam',
    );
    expect(agreementOpeningDate('2026-03-20')).toBe(
      'Pada hari ini Jumat tanggal dua puluh bulan Maret tahun dua ribu dua puluh enam (20-03-2026)',
    );
  });

  it.each([
    ['2026-12-31', 'Kamis tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh enam'],
    ['2027-01-01', 'Jumat tanggal satu bulan Januari tahun dua ribu dua puluh tujuh'],
    ['2027-02-28', 'Minggu tanggal dua puluh delapan bulan Februari tahun dua ribu dua puluh tujuh'],
    ['2028-02-29', 'Selasa tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh delapan'],
    ['2028-03-01', 'Rabu tanggal satu bulan Maret tahun dua ribu dua puluh delapan'],
    ['2026-04-30', 'Kamis tanggal tiga puluh bulan April tahun dua ribu dua puluh enam'],
    ['2000-01-01', 'Sabtu tanggal satu bulan Januari tahun dua ribu'],
  ])('%s is "%s"', (date, words) => {
    expect(dateInWords(date)).toBe(words);
  });

  it('reads the calendar day whatever zone the process runs in', () => {
    const previous = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Jayapura']) {
        process.env.TZ = zone;
        expect(dateInWords('2026-12-31'), zone).toMatch(/^Kamis tanggal tiga puluh satu bulan Desember/);
      }
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it('refuses a day that does not exist', () => {
    expect(() => dateInWords('2027-02-29')).toThrow(RangeError);
    expect(() => dateInWords('2026-13-01')).toThrow(RangeError);
    expect(() => dateInWords('2026-11-31')).toThrow(RangeError);
    expect(() => dateInWords('30-11-2026')).toThrow(RangeError);
  });
});
