/**
 * Child-process entry: `tsx bench/servers.ts app|floor <dataDir> <databaseUrl?>` serves on a free
 * loopback port and prints `READY <port>`. The floor is bare Fastify + the raw driver, same query.
 */
import Fastify from 'fastify';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import path from 'node:path';
import { buildApp } from '../src/server/app';
import { boot } from '../src/server/boot';
import { loadConfig } from '../src/server/config/config';

const [kind, dataDir, databaseUrl] = process.argv.slice(2);

async function main(): Promise<void> {
  if (kind === 'app') {
    const config = loadConfig({
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? '',
      LOG_LEVEL: 'silent',
    });
    const { deps } = await boot(config, { log: () => undefined });
    const app = await buildApp(deps, { serveWeb: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
    return;
  }
  const app = Fastify();
  if (databaseUrl?.startsWith('postgres')) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    app.get('/floor/me', async () => {
      const result = await pool.query(
        'SELECT s.id, u.id AS user_id, u.name FROM sessions s JOIN users u ON u.id = s.user_id LIMIT 1',
      );
      return result.rows[0];
    });
  } else {
    const db = new SqliteDatabase(path.join(dataDir!, 'jalin.db'));
    const statement = db.prepare(
      'SELECT s.id, u.id AS user_id, u.name FROM sessions s JOIN users u ON u.id = s.user_id LIMIT 1',
    );
    app.get('/floor/me', () => statement.get());
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
}

void main();
