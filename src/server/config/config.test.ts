import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('defaults to SQLite at ./data/jalin.db (resolved) and port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.env).toBe('development');
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.database).toEqual({ dialect: 'sqlite', filename: path.resolve('data', 'jalin.db') });
    expect(path.isAbsolute(config.dataDir)).toBe(true);
    expect(config.smtpUrl).toBeNull();
    expect(config.sessionIdleMinutes).toBe(480);
    expect(config.cookieSecure).toBe(false);
  });

  it('puts the default database inside DATA_DIR', () => {
    const config = loadConfig({ DATA_DIR: '/srv/jalin-data' });
    expect(config.database).toEqual({ dialect: 'sqlite', filename: '/srv/jalin-data/jalin.db' });
  });

  it('reads a sqlite: URL with an absolute path', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/jalin/app.db' }).database).toEqual({
      dialect: 'sqlite',
      filename: '/var/lib/jalin/app.db',
    });
  });

  it('resolves a relative sqlite: URL against the working directory', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:./local/app.db' }).database).toEqual({
      dialect: 'sqlite',
      filename: path.resolve('local', 'app.db'),
    });
  });

  it('reads a plain file path as SQLite', () => {
    expect(loadConfig({ DATABASE_URL: 'db/jalin.sqlite' }).database).toEqual({
      dialect: 'sqlite',
      filename: path.resolve('db', 'jalin.sqlite'),
    });
  });

  it('reads a postgres:// URL unchanged', () => {
    const url = 'postgres://jalin:rahasia@db.internal:5432/jalin';
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({
      dialect: 'postgres',
      connectionString: url,
    });
    const alt = 'postgresql://jalin@localhost/jalin';
    expect(loadConfig({ DATABASE_URL: alt }).database).toEqual({
      dialect: 'postgres',
      connectionString: alt,
    });
  });

  it('reads numbers and booleans from text', () => {
    const config = loadConfig({
      PORT: '8080',
      SESSION_IDLE_MINUTES: '30',
      TRUST_PROXY: 'true',
      NODE_ENV: 'production',
    });
    expect(config.port).toBe(8080);
    expect(config.sessionIdleMinutes).toBe(30);
    expect(config.trustProxy).toBe(true);
    expect(config.cookieSecure).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['SMTP_URL', 'http://x'],
    ['SESSION_IDLE_MINUTES', '1'],
    ['NODE_ENV', 'staging'],
  ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(new RegExp(`^${name}: `));
    expect(error.message).toContain(`- ${name}: `);
  });

  it('lists every wrong variable at once', () => {
    const error = configError({ PORT: 'abc', SMTP_URL: 'http://x' });
    expect(error.problems.map((p) => p.split(':')[0]).sort()).toEqual(['PORT', 'SMTP_URL']);
  });
});
