import { sql } from 'kysely';
import type { Db } from '../../src/server/db/database';
import type { Dialect } from '../../src/server/db/dialect-of';

/**
 * Every table's row count and content (rows serialised in the database and sorted), so equal
 * snapshots mean nothing was written. Serialising in SQL keeps a snapshot of ~70 tables, the
 * regions' 7,800 rows among them, to tens of milliseconds.
 */
export type TableSnapshot = Map<string, { rows: number; content: string }>;

/** Columns (or whole tables) a comparison leaves out; each caller says why they may change. */
export type IgnoredColumns = Readonly<Record<string, readonly string[] | 'whole table'>>;

/** Every table of the database, read from the catalogue so a new table is included without a list. */
export async function listEveryTable(db: Db, dialect: Dialect): Promise<string[]> {
  const result =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`SELECT name FROM sqlite_master
          WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db)
      : await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables
          WHERE schemaname = current_schema() ORDER BY tablename`.execute(db);
  return result.rows.map((row) => row.name);
}

function skippedColumns(ignored: IgnoredColumns, table: string): readonly string[] {
  const skip = ignored[table];
  return skip === undefined || skip === 'whole table' ? [] : skip;
}

async function snapshotSqlite(db: Db, tables: string[], ignored: IgnoredColumns): Promise<TableSnapshot> {
  const snapshot: TableSnapshot = new Map();
  for (const table of tables) {
    const skip = skippedColumns(ignored, table);
    const columns = (
      await sql<{
        name: string;
        pk: number;
      }>`SELECT name, pk FROM pragma_table_info(${table}) ORDER BY cid`.execute(db)
    ).rows;
    const kept = columns.filter((column) => !skip.includes(column.name));
    // quote() spells every value as an SQL literal, blobs (the FTS5 index) included.
    const rowText = kept.length
      ? sql.join(
          kept.map((column) => sql`quote(${sql.ref(column.name)})`),
          sql` || ',' || `,
        )
      : sql`''`;
    // The primary key orders rows without a sort (WITHOUT ROWID tables have one); others use rowid.
    const keys = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
    const order = keys.length ? sql.join(keys.map((column) => sql.ref(column.name))) : sql`rowid`;
    const { rows } = await sql<{ count: number; content: string | null }>`
      SELECT count(*) AS count, group_concat(row_text, char(10)) AS content
      FROM (SELECT ${rowText} AS row_text FROM ${sql.table(table)} ORDER BY ${order})`.execute(db);
    snapshot.set(table, { rows: Number(rows[0]?.count ?? 0), content: rows[0]?.content ?? '' });
  }
  return snapshot;
}

async function snapshotPostgres(db: Db, tables: string[], ignored: IgnoredColumns): Promise<TableSnapshot> {
  // One round trip for every table: a query per table would cost a socket round trip each.
  const selects = tables.map((table) => {
    const skip = skippedColumns(ignored, table);
    const rowText = skip.length
      ? sql`(${skip.reduce((json, column) => sql`${json} - ${column}`, sql`to_jsonb(x)`)})::text`
      : sql`x::text`;
    return sql`SELECT ${table} AS name, count(*) AS count,
      coalesce(md5(string_agg(${rowText}, E'\\n' ORDER BY ${rowText})), '') AS content
      FROM ${sql.table(table)} x`;
  });
  const { rows } = await sql<{ name: string; count: string; content: string }>`${sql.join(
    selects,
    sql` UNION ALL `,
  )}`.execute(db);
  return new Map(rows.map((row) => [row.name, { rows: Number(row.count), content: row.content }]));
}

export async function snapshotEveryTable(
  db: Db,
  dialect: Dialect,
  ignored: IgnoredColumns = {},
): Promise<TableSnapshot> {
  const tables = (await listEveryTable(db, dialect)).filter((table) => ignored[table] !== 'whole table');
  return dialect === 'sqlite' ? snapshotSqlite(db, tables, ignored) : snapshotPostgres(db, tables, ignored);
}

/** One line per table whose rows differ (`table: 3 → 4 rows`): empty when nothing changed. */
export function describeChanges(before: TableSnapshot, after: TableSnapshot): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].sort().flatMap((table) => {
    const was = before.get(table);
    const is = after.get(table);
    if (was && is && was.rows === is.rows && was.content === is.content) return [];
    return [`${table}: ${was?.rows ?? 'no table'} → ${is?.rows ?? 'no table'} rows`];
  });
}
