import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../../src/server/config/config';
import type { Dialect } from '../../src/server/db/dialect-of';
import { createTestApp, type TestApp } from './test-app';

export interface LiveServer extends TestApp {
  baseUrl: string;
}

/** The real app, serving the built UI and the API on a loopback port, as `npm start` does. */
export async function startLiveServer(
  dialect: Dialect = 'sqlite',
  config: Partial<AppConfig> = {},
): Promise<LiveServer> {
  const t = await createTestApp(dialect, { serveWeb: true, config: { publicUrl: null, ...config } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return { ...t, baseUrl: `http://127.0.0.1:${port}` };
}
