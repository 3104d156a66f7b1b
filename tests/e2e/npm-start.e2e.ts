import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// What `npm start` runs (package.json): builds the server bundle when stale, then runs it.
const start = [path.resolve('scripts', 'start.mjs')];

describe('npm start: one process serves UI and API and prints the setup link', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-start-'));
  let child: ChildProcess | null = null;
  afterAll(() => {
    child?.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on an empty data directory, creates the database and prints a one-time setup link', async () => {
    const port = await freePort();
    child = spawn(process.execPath, start, {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let exited = false;
    child.on('exit', () => (exited = true));
    const deadline = Date.now() + 90_000;
    while (!/setup\?token=/.test(output) && !exited && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(output).toMatch(new RegExp(`http://127\\.0\\.0\\.1:${port}/setup\\?token=[A-Za-z0-9_-]{40,}`));
    expect(fs.existsSync(path.join(dataDir, 'jalin.db'))).toBe(true);

    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite' });
    const page = await fetch(`http://127.0.0.1:${port}/setup?token=abc`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');
    const token = /setup\?token=([A-Za-z0-9_-]+)/.exec(output)![1]!;
    const setup = await fetch(`http://127.0.0.1:${port}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        institutionName: 'LKP Tas Rajut Banjarbaru',
        institutionKind: 'LKP',
        timeZone: 'WITA',
        managerName: 'Siti Rahmah',
        email: 'siti@contoh.id',
        password: 'tas rajut warna pelangi',
      }),
    });
    expect(setup.status).toBe(201);
  });

  it('refuses a wrong setting and names the variable', () => {
    const result = spawnSync(process.execPath, start, {
      env: { ...process.env, PORT: 'tiga-ribu', DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
  });
});
