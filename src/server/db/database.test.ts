import pg from 'pg';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, isDialectAvailable, postgresUrl } from '../../../tests/setup/test-databases';
import { openDatabase } from './database';

// Skipped without a server, which CI counts as a failure (ADR 0005).
describe.skipIf(!isDialectAvailable('postgres'))('openDatabase [postgres]', () => {
  afterEach(() => vi.restoreAllMocks());

  it('survives the server ending its idle connections and reconnects on the next query', async () => {
    const database = await createTestDatabase('postgres');
    if (database.target.dialect !== 'postgres') throw new Error('expected PostgreSQL');
    const handle = openDatabase(database.target);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const pid = async () =>
        (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(handle.db)).rows[0]!.pid;
      const first = await pid();

      const admin = new pg.Client({ connectionString: postgresUrl! });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [first]);
      await admin.end();
      await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce(), { timeout: 5_000 });
      expect(String(warn.mock.calls[0]![0])).toContain('57P01');

      const second = await pid();
      expect(second).not.toBe(first);
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});
