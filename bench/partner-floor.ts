import { loadPartnerPageDetails } from '../src/server/modules/partners/partner-page-details';
import { bind, captureAppSql, type CapturedQuery, type FloorDriver } from './floor-driver';

const institutionMarker = '$institution';

/**
 * What the list use case does after its page query, on the raw driver: the page's tags, needs and
 * offers and contacts, with the app's own SQL (captured once per page length, as the IN list
 * changes with it). Answers the raw rows; no mapping, no contract.
 */
export function partnerPageFloor(driver: FloorDriver) {
  const detailQueries = new Map<number, Promise<CapturedQuery[]>>();
  const detailsFor = (count: number) => {
    let queries = detailQueries.get(count);
    if (!queries) {
      const ids = Array.from({ length: count }, (_, i) => `$id${i}`);
      queries = captureAppSql(driver.dialect, (db) => loadPartnerPageDetails(db, institutionMarker, ids));
      detailQueries.set(count, queries);
    }
    return queries;
  };
  return async (
    institutionId: string,
    page: CapturedQuery,
    count: CapturedQuery | null,
    limit: number,
    /** As the app does for a search: count only when the page is full (else the page is the count). */
    countWhenFull = false,
  ): Promise<Record<string, unknown>> => {
    const readCount = async (query: CapturedQuery) =>
      Number((await driver.all<{ n: number }>(query))[0]?.n ?? 0);
    type Row = { id: string; name_key: string };
    let rows: Row[];
    let total: number | null = null;
    if (count && countWhenFull) {
      rows = await driver.all<Row>(page);
      total = rows.length <= limit ? rows.length : await readCount(count);
    } else {
      [rows, total] = await Promise.all([
        driver.all<Row>(page),
        count ? readCount(count) : Promise.resolve(null),
      ]);
    }
    const pageRows = rows.slice(0, limit);
    const values = new Map<string, unknown>([[institutionMarker, institutionId]]);
    pageRows.forEach((row, i) => values.set(`$id${i}`, row.id));
    const details =
      pageRows.length === 0
        ? []
        : await Promise.all((await detailsFor(pageRows.length)).map((q) => driver.all(bind(q, values))));
    const last = pageRows[pageRows.length - 1];
    return {
      items: pageRows,
      details,
      nextCursor:
        rows.length > limit && last
          ? Buffer.from(JSON.stringify([last.name_key, last.id])).toString('base64url')
          : null,
      total,
    };
  };
}

/** The keyset cursor as the app encodes it (base64url JSON of name_key and id), read without checks. */
export function readCursor(cursor: string | undefined): [string, string] | null {
  return cursor ? (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string]) : null;
}

export { institutionMarker };
