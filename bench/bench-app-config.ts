import { loadConfig, type AppConfig } from '../src/server/config/config';

/** The app's configuration as a bench process runs it: production, silent, on the data set's database. */
export function benchAppConfig(dataDir: string, databaseUrl: string | undefined): AppConfig {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl || undefined,
    LOG_LEVEL: 'silent',
  });
}
