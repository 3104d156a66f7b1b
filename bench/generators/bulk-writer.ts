import type SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { openSqlite } from '../../src/server/db/database';

export type Row = Record<string, unknown>;
export type TableBatch = Record<string, Row[]>;

/** Writes generated rows straight into the database, one transaction per batch, bypassing the app. */
export interface BulkWriter {
  /** Inserts every table of the batch (in the given order) in one transaction. */
  write(batch: TableBatch): Promise<void>;
  /** Brings planner statistics up to date, as autovacuum would soon after a bulk load. */
  finish(): Promise<void>;
  close(): Promise<void>;
}

/** Each row's columns in the first row's key order: all rows of a table share one shape. */
const columnsOf = (rows: Row[]): string[] => Object.keys(rows[0]!);

/** better-sqlite3: one prepared INSERT per table, run per row inside one transaction (no round trips). */
export function openSqliteWriter(filename: string): BulkWriter {
  const db = openSqlite(filename);
  // The app's 32 MB cache thrashes on M's and L's random index inserts; the load may use more.
  db.pragma('cache_size = -262144');
  const statements = new Map<string, SqliteDatabase.Statement<unknown[]>>();
  const statementFor = (table: string, columns: string[]) => {
    const key = `${table}(${columns.join(',')})`;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare<unknown[]>(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      statements.set(key, statement);
    }
    return statement;
  };
  const writeAll = db.transaction((batch: TableBatch) => {
    for (const [table, rows] of Object.entries(batch)) {
      if (rows.length === 0) continue;
      const columns = columnsOf(rows);
      const statement = statementFor(table, columns);
      for (const row of rows) statement.run(...columns.map((column) => row[column]));
    }
  });
  return {
    write: (batch) => Promise.resolve(writeAll(batch)),
    finish: () => Promise.resolve(void db.pragma('wal_checkpoint(TRUNCATE)')),
    close: () => Promise.resolve(void db.close()),
  };
}

/**
 * PostgreSQL: one `INSERT … SELECT FROM unnest($1::type[], …)` per table and chunk, so a chunk of
 * thousands of rows costs one round trip and one parameter per column. Column types are read from
 * the catalogue, so the casts follow the migrations.
 */
export async function openPostgresWriter(connectionString: string): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const types = new Map<string, Map<string, string>>();
  const typesOf = async (table: string) => {
    let map = types.get(table);
    if (!map) {
      const result = await client.query<{ column_name: string; udt_name: string }>(
        'SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = $1',
        [table],
      );
      map = new Map(result.rows.map((r) => [r.column_name, r.udt_name]));
      types.set(table, map);
    }
    return map;
  };
  const chunkSize = 5000;
  return {
    async write(batch) {
      await client.query('BEGIN');
      try {
        for (const [table, rows] of Object.entries(batch)) {
          if (rows.length === 0) continue;
          const columns = columnsOf(rows);
          const columnTypes = await typesOf(table);
          for (let start = 0; start < rows.length; start += chunkSize) {
            const chunk = rows.slice(start, start + chunkSize);
            const casts = columns.map((column, i) => `$${i + 1}::${columnTypes.get(column) ?? 'text'}[]`);
            await client.query(
              `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`,
              columns.map((column) => chunk.map((row) => row[column] ?? null)),
            );
          }
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    async finish() {
      await client.query('VACUUM ANALYZE');
    },
    close: () => client.end(),
  };
}
