import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import pg from 'pg';
import type SqliteDatabase from 'better-sqlite3';
import { openSqlite, type Db } from '../src/server/db/database';
import type { Dialect } from '../src/server/db/dialect-of';
import type { Database } from '../src/server/db/schema';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

/** The raw driver a floor runs SQL text through: better-sqlite3 or a pg pool, nothing on top. */
export interface FloorDriver {
  dialect: Dialect;
  all<T = Record<string, unknown>>(query: CapturedQuery): Promise<T[]>;
}

export function openFloorDriver(dialect: Dialect, target: string): FloorDriver {
  if (dialect === 'postgres') {
    // The app's pool size, so both sides have the same number of connections.
    const pool = new pg.Pool({ connectionString: target, max: 10 });
    return {
      dialect,
      all: async <T>(query: CapturedQuery) =>
        (await pool.query(query.sql, query.parameters as unknown[])).rows as T[],
    };
  }
  const db = openSqlite(target);
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    dialect,
    all: <T>(query: CapturedQuery) => {
      let statement = statements.get(query.sql);
      if (!statement) {
        statement = db.prepare(query.sql);
        statements.set(query.sql, statement);
      }
      return Promise.resolve(statement.all(...query.parameters) as T[]);
    },
  };
}

/**
 * The SQL text and parameters the app's own repository code compiles, captured by running it against
 * a driver that executes nothing (every query answers no rows). A floor captures once at start-up
 * and then runs that text through the raw driver, so it runs the app's queries, not a paraphrase.
 */
export async function captureAppSql(
  dialect: Dialect,
  run: (db: Db) => Promise<unknown>,
): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => (dialect === 'postgres' ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (inner) =>
        dialect === 'postgres' ? new PostgresIntrospector(inner) : new SqliteIntrospector(inner),
      createQueryCompiler: () =>
        dialect === 'postgres' ? new PostgresQueryCompiler() : new SqliteQueryCompiler(),
    },
    log: (event) => {
      captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  await run(db);
  await db.destroy();
  return captured;
}

/**
 * Parameters of a captured query with each placeholder value (`$institution`, `$id7`, …) replaced
 * by the request's value; other parameters (limits, constants) stay as captured. Only values the
 * app passes through unchanged can be placeholders (a value it derives would be derived from the
 * placeholder): each scenario checks that its floor answers the app's rows before measuring.
 */
export function bind(query: CapturedQuery, values: ReadonlyMap<string, unknown>): CapturedQuery {
  return {
    sql: query.sql,
    parameters: query.parameters.map((p) => {
      if (typeof p !== 'string' || !p.startsWith('$')) return p;
      if (!values.has(p)) throw new Error(`no value for ${p} in ${query.sql}`);
      return values.get(p);
    }),
  };
}

/**
 * SQL written for the floor with `@name` markers, made positional for the dialect (`?` repeated for
 * SQLite, `$n` reused for PostgreSQL).
 */
export function positional(dialect: Dialect, text: string, values: Record<string, unknown>): CapturedQuery {
  const order: string[] = [];
  const parameters: unknown[] = [];
  const sql = text.replace(/@([a-z][a-zA-Z0-9]*)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for @${name}`);
    if (dialect === 'sqlite') {
      parameters.push(values[name]);
      return '?';
    }
    let index = order.indexOf(name);
    if (index < 0) {
      order.push(name);
      parameters.push(values[name]);
      index = order.length - 1;
    }
    return `$${index + 1}`;
  });
  return { sql, parameters };
}
