/**
 * The day a yearly date comes round in a given year. A 29 February falls on 28 February in common
 * years, so a partner founded on a leap day is still greeted in February.
 */
export function occurrenceIn(originalDate: string, year: number): string {
  const monthDay = originalDate.slice(5);
  if (monthDay === '02-29' && !isLeapYear(year)) return `${String(year).padStart(4, '0')}-02-28`;
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Each anniversary (1st, 2nd, …) of `originalDate` that falls within [from, to], with its count. */
export function anniversariesWithin(
  originalDate: string,
  range: { from: string; to: string },
): { date: string; years: number }[] {
  const originalYear = Number(originalDate.slice(0, 4));
  const found: { date: string; years: number }[] = [];
  for (let year = Number(range.from.slice(0, 4)); year <= Number(range.to.slice(0, 4)); year += 1) {
    if (year <= originalYear) continue;
    const date = occurrenceIn(originalDate, year);
    if (date >= range.from && date <= range.to) found.push({ date, years: year - originalYear });
  }
  return found;
}
