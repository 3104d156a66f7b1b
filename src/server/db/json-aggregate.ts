import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from './dialect-of';

/**
 * The rows of a correlated subquery as one JSON text column, so a parent row and its children come
 * back in one statement (ADR 0039). Both dialects answer text (`[]` when there is no row), parsed
 * once by the caller; the order inside the array is the `orderBy` given, not the planner's.
 */
export function jsonArrayText(
  dialect: Dialect,
  element: RawBuilder<unknown>,
  orderBy: RawBuilder<unknown>,
): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`coalesce(json_agg(${element} order by ${orderBy}), '[]')::text`
    : sql<string>`json_group_array(${element} order by ${orderBy})`;
}

/** A JSON object of the named columns of `table`, keyed by the column names. */
export function jsonObjectOf(
  dialect: Dialect,
  table: string,
  columns: readonly string[],
): RawBuilder<unknown> {
  const fields = sql.join(columns.map((column) => sql`${sql.lit(column)}, ${sql.ref(`${table}.${column}`)}`));
  return dialect === 'postgres' ? sql`json_build_object(${fields})` : sql`json_object(${fields})`;
}

/** A JSON array of the given columns of `table`, in that order. */
export function jsonTupleOf(
  dialect: Dialect,
  table: string,
  columns: readonly string[],
): RawBuilder<unknown> {
  const fields = sql.join(columns.map((column) => sql.ref(`${table}.${column}`)));
  return dialect === 'postgres' ? sql`json_build_array(${fields})` : sql`json_array(${fields})`;
}
