import { describe, expect, it } from 'vitest';
import { anniversariesWithin, isLeapYear, occurrenceIn } from './anniversaries';

describe('anniversaries', () => {
  it('a partner founded on 29 February is remembered on 28 February in common years', () => {
    expect(isLeapYear(2028)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(occurrenceIn('2020-02-29', 2027)).toBe('2027-02-28');
    expect(occurrenceIn('2020-02-29', 2028)).toBe('2028-02-29');
    expect(anniversariesWithin('2020-02-29', { from: '2026-01-01', to: '2028-12-31' })).toEqual([
      { date: '2026-02-28', years: 6 },
      { date: '2027-02-28', years: 7 },
      { date: '2028-02-29', years: 8 },
    ]);
  });

  it('counts only returns after the original day, inside the range', () => {
    expect(anniversariesWithin('2025-06-10', { from: '2025-01-01', to: '2026-06-09' })).toEqual([]);
    expect(anniversariesWithin('2025-06-10', { from: '2025-01-01', to: '2026-06-10' })).toEqual([
      { date: '2026-06-10', years: 1 },
    ]);
  });
});
