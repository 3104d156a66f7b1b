import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely,
  PostgresDialect,
  sql,
  SqliteDialect,
  type SqliteDatabase as SqliteDialectDatabase,
} from 'kysely';
import type { DatabaseTarget } from '../config/config';
import type { Dialect } from './dialect-of';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** The open SQLite connection, for backup and integrity checks; null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

// PostgreSQL's bigint (COUNT, bigserial) would arrive as text; our counts fit in a double.
pg.types.setTypeParser(20, Number);

export function openSqlite(filename: string): SqliteDatabase.Database {
  if (filename !== ':memory:') fs.mkdirSync(path.dirname(filename), { recursive: true });
  const connection = new SqliteDatabase(filename);
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('synchronous = FULL');
  // Erasure (UU PDP) must leave no copy of a person in free pages; a byte search of the file checks it.
  connection.pragma('secure_delete = ON');
  // The default 2 MB page cache makes index inserts of a large import read pages again and again.
  connection.pragma('cache_size = -32768');
  return connection;
}

export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
    // An idle connection the server ends (restart, failover, pg_terminate_backend) is an 'error'
    // event on the pool; unheard, it would crash the process. pg drops that client and the next
    // query opens a fresh one, so a warning is all it needs.
    pool.on('error', (error: Error & { code?: string }) => {
      console.warn(
        `PostgreSQL closed an idle connection (${error.code ?? error.message}); reconnecting on next use`,
      );
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', sqlite: null, close: () => db.destroy() };
  }
  const connection = openSqlite(target.filename);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(connection) }),
  });
  // Without statistics SQLite guesses that `institution_id = ?` is selective and walks a whole
  // institution's index instead of the primary key an IN list needs (quality-bars S1, S3). SQLite's
  // advice for long-lived connections: optimize at open (every table, bounded sampling), then hourly.
  connection.pragma('optimize = 0x10012');
  const refresh = setInterval(() => void sql`PRAGMA optimize`.execute(db).catch(() => undefined), 3_600_000);
  refresh.unref();
  return {
    db,
    dialect: 'sqlite',
    sqlite: connection,
    close: () => {
      clearInterval(refresh);
      return db.destroy();
    },
  };
}

/**
 * Kysely prepares every query it runs and better-sqlite3 compiles SQL on each prepare; the app runs
 * a small, fixed set of SQL texts, so their compiled statements are kept (all dropped at `size`,
 * which only generated SQL could reach). Safe because Kysely runs one query at a time here.
 */
function withStatementCache(connection: SqliteDatabase.Database, size = 1000): SqliteDialectDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => connection.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= size) statements.clear();
        statement = connection.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}
