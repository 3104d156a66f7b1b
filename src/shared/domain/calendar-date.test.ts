import { describe, expect, it } from 'vitest';
import {
  formatDocumentDate,
  formatIndonesianDate,
  formatNumericDate,
  parseCalendarDate,
} from './calendar-date';

describe('calendar dates', () => {
  it('reads parts and weekday without a zone', () => {
    expect(parseCalendarDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29, weekday: 2 });
    expect(parseCalendarDate('0099-01-01').year).toBe(99);
  });

  it('refuses impossible and malformed dates', () => {
    for (const value of [
      '2027-02-29',
      '2100-02-29',
      '2026-00-10',
      '2026-04-31',
      '2026-4-1',
      '',
      '2026-04-01T00:00:00Z',
    ]) {
      expect(() => parseCalendarDate(value), value).toThrow(RangeError);
    }
    expect(parseCalendarDate('2000-02-29').day).toBe(29);
  });

  it('writes the document forms', () => {
    expect(formatIndonesianDate('2027-02-01')).toBe('1 Februari 2027');
    expect(formatNumericDate('2026-03-20')).toBe('20-03-2026');
  });

  it('writes a date in the document language', () => {
    expect(formatDocumentDate('2027-02-01', 'id')).toBe('1 Februari 2027');
    expect(formatDocumentDate('2027-05-09', 'en')).toBe('9 May 2027');
  });
});
