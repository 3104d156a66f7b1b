import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from './dialect-of';

/**
 * A list of text values as a subquery over one bound parameter, for `where(column, 'in', …)` when the
 * list has no bound: an `in (…)` of its own values binds one parameter each and fails past SQLite's
 * 32,766 or PostgreSQL's 65,535 (the health filter of an institution with 1,000,000 partners).
 */
export function valuesAsOneParameter(dialect: Dialect, values: string[]): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`(select unnest(${values}::text[]))`
    : sql<string>`(select value from json_each(${JSON.stringify(values)}))`;
}
