import { describe, expect, it } from 'vitest';
import { parseDashboardSearch, presetOf, presetSearch } from './dashboard-period';

const today = { year: 2026, month: 3 };

describe('dashboard period in the URL', () => {
  it('keeps well-formed months and drops malformed or reversed ones', () => {
    expect(parseDashboardSearch({ from: '2025-01', to: '2025-12' })).toEqual({
      from: '2025-01',
      to: '2025-12',
    });
    expect(parseDashboardSearch({ from: '2025-13', to: 'maret' })).toEqual({
      from: undefined,
      to: undefined,
    });
    expect(parseDashboardSearch({ from: '2026-05', to: '2026-01' })).toEqual({});
  });

  it('turns each preset into months, across a year boundary too', () => {
    expect(presetSearch('this_year', today)).toEqual({});
    expect(presetSearch('last_year', today)).toEqual({ from: '2025-01', to: '2025-12' });
    expect(presetSearch('last_12_months', today)).toEqual({ from: '2025-04', to: '2026-03' });
    expect(presetSearch('last_12_months', { year: 2026, month: 12 })).toEqual({
      from: '2026-01',
      to: '2026-12',
    });
    expect(presetSearch('year', today, 2023)).toEqual({ from: '2023-01', to: '2023-12' });
  });

  it('reads the preset back from the URL so a shared link shows the same choice', () => {
    expect(presetOf({}, today)).toEqual({ preset: 'this_year' });
    expect(presetOf({ from: '2025-01', to: '2025-12' }, today)).toEqual({ preset: 'last_year' });
    expect(presetOf({ from: '2025-04', to: '2026-03' }, today)).toEqual({ preset: 'last_12_months' });
    expect(presetOf({ from: '2022-01', to: '2022-12' }, today)).toEqual({ preset: 'year', year: 2022 });
  });
});
