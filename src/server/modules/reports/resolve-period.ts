import type { Period } from '../../../shared/contracts/reports';

/** The asked months, or by default January of today's year to today's month (docs/domain/dashboard.md). */
export function resolvePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
): Period {
  const thisMonth = today.slice(0, 7);
  const to = query.to ?? (query.from && query.from > thisMonth ? query.from : thisMonth);
  const from =
    query.from ?? (to < `${today.slice(0, 4)}-01` ? `${to.slice(0, 4)}-01` : `${today.slice(0, 4)}-01`);
  return { from, to };
}
