import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../src/server/config/config';
import type { Dialect } from '../src/server/db/dialect-of';

/** The PostgreSQL server the benchmark creates its databases in (a fresh one per run). */
export const benchPostgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;

export interface BenchDatabase {
  target: DatabaseTarget;
  dataDir: string;
  /** '' for SQLite (the server finds jalin.db in dataDir), else the database's URL. */
  databaseUrl: string;
  drop(): Promise<void>;
}

/** An empty database: `jalin.db` in a temp data directory, or a new PostgreSQL database. */
export async function createBenchDatabase(dialect: Dialect): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-bench-'));
  if (dialect === 'sqlite') {
    return {
      target: { dialect: 'sqlite', filename: path.join(dataDir, 'jalin.db') },
      dataDir,
      databaseUrl: '',
      drop: () => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  if (!benchPostgresUrl) throw new Error('PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const name = `jalin_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: benchPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(benchPostgresUrl);
  url.pathname = `/${name}`;
  return {
    target: { dialect: 'postgres', connectionString: url.toString() },
    dataDir,
    databaseUrl: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: benchPostgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
