const month = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Beranda's period lives in the URL (`/?from=2025-01&to=2025-12`) so a view can be shared. */
export interface DashboardSearch {
  from?: string;
  to?: string;
}

export function parseDashboardSearch(search: Record<string, unknown>): DashboardSearch {
  const read = (value: unknown) => (typeof value === 'string' && month.test(value) ? value : undefined);
  const from = read(search.from);
  const to = read(search.to);
  // A reversed period is refused by the API; dropping it shows this year rather than an error.
  if (from && to && from > to) return {};
  return { from, to };
}

export type PeriodPreset = 'this_year' | 'last_year' | 'last_12_months' | 'year';

function monthOf(year: number, monthNumber: number): string {
  return `${year}-${String(monthNumber).padStart(2, '0')}`;
}

function shiftMonths(year: number, monthNumber: number, by: number): string {
  const index = year * 12 + (monthNumber - 1) + by;
  return monthOf(Math.floor(index / 12), (index % 12) + 1);
}

/** The URL's months for a preset; `this_year` is the API's default and stays out of the URL. */
export function presetSearch(
  preset: PeriodPreset,
  today: { year: number; month: number },
  chosenYear?: number,
): DashboardSearch {
  switch (preset) {
    case 'this_year':
      return {};
    case 'last_year':
      return { from: monthOf(today.year - 1, 1), to: monthOf(today.year - 1, 12) };
    case 'last_12_months':
      return { from: shiftMonths(today.year, today.month, -11), to: monthOf(today.year, today.month) };
    case 'year': {
      const year = chosenYear ?? today.year;
      return { from: monthOf(year, 1), to: monthOf(year, 12) };
    }
  }
}

/** Which preset a URL's period is, so the select shows it again after a reload or a shared link. */
export function presetOf(
  search: DashboardSearch,
  today: { year: number; month: number },
): { preset: PeriodPreset; year?: number } {
  if (!search.from && !search.to) return { preset: 'this_year' };
  const last12 = presetSearch('last_12_months', today);
  if (search.from === last12.from && search.to === last12.to) return { preset: 'last_12_months' };
  const fromYear = Number(search.from?.slice(0, 4));
  if (search.from?.endsWith('-01') && search.to === monthOf(fromYear, 12)) {
    if (fromYear === today.year - 1) return { preset: 'last_year' };
    if (fromYear === today.year) return { preset: 'this_year' };
    return { preset: 'year', year: fromYear };
  }
  return { preset: 'year', year: fromYear || today.year };
}
