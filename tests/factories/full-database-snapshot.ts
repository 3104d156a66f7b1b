import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { TestApp } from '../setup/test-app';

/**
 * One table as read: `text` is its rows serialised in the order the database returned them, and
 * `rows()` the same rows one by one. Equal text means equal rows; unequal text is compared row by
 * row, so a mere change of order is no change.
 */
export interface TableContent {
  text: string;
  rows(): string[];
}

/** Every table of the database, and the file store under `storedFilesKey`. */
export type DatabaseSnapshot = Map<string, TableContent>;

/** The key under which the snapshot lists the files below DATA_DIR/files (name and size). */
export const storedFilesKey = 'DATA_DIR/files';

/**
 * Tables read by row count only: the Kemendagri regions are reference data seeded at boot (7,829
 * rows without villages) that no route writes; reading them whole would make each snapshot several
 * times slower, and a count still shows a row added or removed.
 */
const countedOnly = new Set(['regions']);

export async function tableNames(t: TestApp): Promise<string[]> {
  const query =
    t.handle.dialect === 'sqlite'
      ? sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`
      : sql<{
          name: string;
        }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  return (await query.execute(t.deps.db)).rows.map((row) => row.name);
}

function contentOf(rows: unknown[]): TableContent {
  let serialised: string[] | null = null;
  return {
    text: JSON.stringify(rows),
    rows: () => (serialised ??= rows.map((row) => JSON.stringify(row))),
  };
}

/**
 * The whole database and the file store, serialised. SQLite includes the FTS5 index and its
 * shadow tables, so a partial write to the search index shows too.
 */
export async function snapshotDatabase(t: TestApp): Promise<DatabaseSnapshot> {
  const names = await tableNames(t);
  const snapshot: DatabaseSnapshot =
    t.handle.dialect === 'sqlite' ? readSqliteTables(t, names) : await readPostgresTables(t, names);
  snapshot.set(storedFilesKey, contentOf(listStoredFiles(t)));
  return snapshot;
}

/** better-sqlite3 straight, with each table's statement prepared once: Kysely's per-query work doubled a snapshot. */
const preparedReads = new WeakMap<object, Map<string, { all(): unknown[] }>>();

function readSqliteTables(t: TestApp, names: string[]): DatabaseSnapshot {
  const connection = t.handle.sqlite!;
  const statements = preparedReads.get(connection) ?? new Map<string, { all(): unknown[] }>();
  preparedReads.set(connection, statements);
  const snapshot: DatabaseSnapshot = new Map();
  for (const name of names) {
    let statement = statements.get(name);
    if (!statement) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      statement = connection.prepare(
        countedOnly.has(name) ? `SELECT count(*) AS row_count FROM ${quoted}` : `SELECT * FROM ${quoted}`,
      );
      statements.set(name, statement);
    }
    snapshot.set(name, contentOf(statement.all()));
  }
  return snapshot;
}

/**
 * One round trip for all tables, one column each, as JSON text: a query per table costs ~150 µs
 * over the socket, and a UNION ALL of the same subqueries measured several times slower.
 */
async function readPostgresTables(t: TestApp, names: string[]): Promise<DatabaseSnapshot> {
  const columns = names.map((name, index) =>
    countedOnly.has(name)
      ? sql`(SELECT json_build_array(json_build_object('row_count', count(*)))::text FROM ${sql.id(name)}) AS ${sql.id(`t${index}`)}`
      : sql`(SELECT coalesce(json_agg(x), '[]'::json)::text FROM ${sql.id(name)} x) AS ${sql.id(`t${index}`)}`,
  );
  const result = await sql<Record<string, string>>`SELECT ${sql.join(columns)}`.execute(t.deps.db);
  const row = result.rows[0]!;
  return new Map(
    names.map((name, index) => {
      const text = row[`t${index}`]!;
      let serialised: string[] | null = null;
      const rows = () => (serialised ??= (JSON.parse(text) as unknown[]).map((item) => JSON.stringify(item)));
      return [name, { text, rows }];
    }),
  );
}

/**
 * Per table a digest of its rows, for a check after every request: on PostgreSQL an md5 the
 * server computes, which halves the cost of reading the rows; on SQLite, in process, the rows
 * themselves. Equal digests mean equal tables; a differing digest is settled by a full snapshot.
 */
export async function digestDatabase(t: TestApp): Promise<Map<string, string>> {
  const names = await tableNames(t);
  let digests: Map<string, string>;
  if (t.handle.dialect === 'sqlite') {
    digests = new Map([...readSqliteTables(t, names)].map(([name, content]) => [name, content.text]));
  } else {
    const columns = names.map((name, index) =>
      countedOnly.has(name)
        ? sql`(SELECT count(*)::text FROM ${sql.id(name)}) AS ${sql.id(`t${index}`)}`
        : sql`(SELECT md5(coalesce(json_agg(x), '[]'::json)::text) FROM ${sql.id(name)} x) AS ${sql.id(`t${index}`)}`,
    );
    const row = (await sql<Record<string, string>>`SELECT ${sql.join(columns)}`.execute(t.deps.db)).rows[0]!;
    digests = new Map(names.map((name, index) => [name, row[`t${index}`]!]));
  }
  digests.set(storedFilesKey, JSON.stringify(listStoredFiles(t)));
  return digests;
}

/** The file store's entries as storage keys (`ab/<uuid>`), sorted. */
export function storedFileKeys(t: TestApp): string[] {
  const root = path.join(t.database.dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function listStoredFiles(t: TestApp): string[] {
  const root = path.join(t.database.dataDir, 'files');
  return storedFileKeys(t).map((key) => `${key} ${fs.statSync(path.join(root, key)).size}`);
}

/** The tables (and the file store) whose rows differ, each with its first added and removed row. */
export function changesBetween(
  before: DatabaseSnapshot,
  after: DatabaseSnapshot,
  ignored: readonly string[] = [],
): { table: string; added: string[]; removed: string[] }[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].filter((name) => !ignored.includes(name));
  return names.flatMap((table) => {
    const was = before.get(table);
    const is = after.get(table);
    if (was && is && was.text === is.text) return [];
    const wasRows = new Set(was?.rows() ?? []);
    const isRows = new Set(is?.rows() ?? []);
    const added = [...isRows].filter((row) => !wasRows.has(row));
    const removed = [...wasRows].filter((row) => !isRows.has(row));
    if (was && is && added.length === 0 && removed.length === 0) return [];
    return [{ table, added: added.slice(0, 1), removed: removed.slice(0, 1) }];
  });
}

/**
 * The cells of rows the request added or changed that hold one of `values`: a field the client
 * sent that the server should have refused or ignored, found wherever it was stored.
 */
export function storedValues(
  before: DatabaseSnapshot,
  after: DatabaseSnapshot,
  values: readonly (string | number)[],
): { table: string; column: string; value: unknown }[] {
  const wanted = new Set<unknown>(values);
  return changesBetween(before, after, [storedFilesKey]).flatMap(({ table }) => {
    const was = new Set(before.get(table)?.rows() ?? []);
    return (after.get(table)?.rows() ?? [])
      .filter((row) => !was.has(row))
      .flatMap((row) =>
        Object.entries(JSON.parse(row) as Record<string, unknown>)
          .filter(([, value]) => wanted.has(value))
          .map(([column, value]) => ({ table, column, value })),
      );
  });
}
