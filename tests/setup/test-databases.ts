import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/server/config/config';
import type { Dialect } from '../../src/server/db/dialect-of';

/** Both dialects always: a PostgreSQL suite without TEST_DATABASE_URL is skipped, and CI fails on skips. */
export const testDialects: Dialect[] = ['sqlite', 'postgres'];
export const postgresUrl = process.env.TEST_DATABASE_URL ?? null;

export function isDialectAvailable(dialect: Dialect): boolean {
  return dialect === 'sqlite' || postgresUrl !== null;
}

export interface TestDatabase {
  target: DatabaseTarget;
  dataDir: string;
  drop(): Promise<void>;
}

let counter = 0;

/**
 * A fresh database per call: a temp SQLite file, or a new PostgreSQL database; empty, or a copy of
 * `template` (which nobody may hold open while it is copied).
 */
export async function createTestDatabase(dialect: Dialect, template?: TestDatabase): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-test-'));
  if (dialect === 'sqlite') {
    if (template?.target.dialect === 'sqlite')
      fs.copyFileSync(template.target.filename, path.join(dataDir, 'jalin.db'));
    return {
      target: { dialect: 'sqlite', filename: path.join(dataDir, 'jalin.db') },
      dataDir,
      drop: () => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL is not set');
  counter += 1;
  const name = `jalin_test_${process.pid}_${Date.now()}_${counter}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  const copied =
    template?.target.dialect === 'postgres'
      ? ` TEMPLATE ${new URL(template.target.connectionString).pathname.slice(1)}`
      : '';
  await admin.query(`CREATE DATABASE ${name}${copied}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    target: { dialect: 'postgres', connectionString: url.toString() },
    dataDir,
    async drop() {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
