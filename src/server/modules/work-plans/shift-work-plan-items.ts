import type { WorkPlanItem } from '../../../shared/domain/work-plan-items';

/** The same day `years` later; 29 February falls back to 28 February in a common year. */
export function shiftDateByYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  const dd = String(Math.min(day, lastDay)).padStart(2, '0');
  return `${String(target).padStart(4, '0')}-${mm}-${dd}`;
}

/** Last cycle's items as the next cycle's starting point (guide step 11): same work, dates moved on. */
export function shiftWorkPlanItems(items: readonly WorkPlanItem[], years: number): WorkPlanItem[] {
  return items.map((item) => ({
    ...item,
    startsOn: shiftDateByYears(item.startsOn, years),
    endsOn: shiftDateByYears(item.endsOn, years),
  }));
}
