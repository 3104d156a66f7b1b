import { z } from 'zod';
import path from 'node:path';
import { isTileUrlTemplate, resolveMapTiles, type MapTiles } from './map-tiles';

const booleanText = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine(
      (value) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^(postgres|postgresql|sqlite):/i.test(value),
      {
        message: 'must be a file path, a sqlite: URL or a postgres:// URL',
      },
    )
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Jalin <jalin@localhost>'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(8 * 60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(90 * 24)
    .default(7 * 24),
  COOKIE_SECURE: booleanText.optional(),
  TRUST_PROXY: booleanText.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAP_TILE_URL: z
    .string()
    .trim()
    .refine((value) => value === '' || value.toLowerCase() === 'none' || isTileUrlTemplate(value), {
      message:
        'must be an http(s) tile URL with {z}, {x} and {y} ({s} only as the first host label), or none',
    })
    .optional(),
  MAP_TILE_ATTRIBUTION: z.string().trim().max(500).optional(),
});

export type DatabaseTarget =
  { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; connectionString: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseTarget;
  dataDir: string;
  publicUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: string;
  mapTiles: MapTiles;
  /** Rows one list export may hold (default 50,000); tests lower it rather than making 50k rows. */
  exportRowLimit?: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurasi tidak valid / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function resolveDatabaseTarget(url: string | undefined, dataDir: string): DatabaseTarget {
  if (!url) return { dialect: 'sqlite', filename: path.resolve(dataDir, 'jalin.db') };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', connectionString: url };
  const filename = url.replace(/^sqlite:(\/\/)?/i, '');
  return { dialect: 'sqlite', filename: filename === ':memory:' ? filename : path.resolve(filename) };
}

/** Reads the environment once at boot; a wrong value stops the process with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`DATABASE_URL=` in an env file) means "not set", not "set to nothing".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  const dataDir = path.resolve(values.DATA_DIR);
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    database: resolveDatabaseTarget(values.DATABASE_URL, dataDir),
    dataDir,
    publicUrl: values.PUBLIC_URL?.replace(/\/$/, '') ?? null,
    smtpUrl: values.SMTP_URL ?? null,
    mailFrom: values.MAIL_FROM,
    sessionIdleMinutes: values.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: values.SESSION_ABSOLUTE_HOURS,
    cookieSecure: values.COOKIE_SECURE ?? values.NODE_ENV === 'production',
    trustProxy: values.TRUST_PROXY,
    logLevel: values.LOG_LEVEL,
    // Unlike other variables, an empty MAP_TILE_URL is a choice: no base map.
    mapTiles: resolveMapTiles(
      env.MAP_TILE_URL === '' ? '' : values.MAP_TILE_URL,
      values.MAP_TILE_ATTRIBUTION,
    ),
  };
}
