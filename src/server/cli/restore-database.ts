import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AppConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { filesDirOf } from './backup-database';

/**
 * Restores into an empty target only (a fresh data directory or an empty PostgreSQL database), so a
 * restore never silently overwrites live data. Stop the server first.
 */
export async function restoreDatabase(config: AppConfig, source: string): Promise<void> {
  const file = path.resolve(source);
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  if (config.database.dialect === 'sqlite') {
    const target = config.database.filename;
    if (fs.existsSync(target) && fs.statSync(target).size > 0) {
      throw new Error(`${target} already holds a database; restore into an empty DATA_DIR or DATABASE_URL`);
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.copyFileSync(file, target);
  } else {
    const handle = openDatabase(config.database);
    try {
      const tables = await handle.db.introspection.getTables();
      if (tables.length > 0)
        throw new Error('the PostgreSQL database is not empty; restore into an empty one');
    } finally {
      await handle.close();
    }
    const result = spawnSync(
      'pg_restore',
      ['--no-owner', `--dbname=${config.database.connectionString}`, file],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (result.error || result.status !== 0) throw new Error('pg_restore failed');
  }
  if (fs.existsSync(filesDirOf(file))) {
    fs.cpSync(filesDirOf(file), path.join(config.dataDir, 'files'), { recursive: true });
  }
}
