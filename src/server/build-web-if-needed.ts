import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** `npm start` on a fresh clone: build the UI when it is missing or older than its sources. */
export async function buildWebIfNeeded(log: (message: string) => void): Promise<void> {
  const index = path.join(projectRoot, 'dist', 'web', 'index.html');
  const sources = [path.join(projectRoot, 'src', 'web'), path.join(projectRoot, 'src', 'shared')];
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (builtAt > 0 && builtAt >= Math.max(...sources.map(newestMtime))) return;
  log('Membangun antarmuka web (sekali saja, ±30 detik)… / Building the web UI…');
  const { build } = await import('vite');
  // Vite keeps an inherited NODE_ENV (Vitest sets `test`), which would bundle React's dev build.
  const inherited = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(projectRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (inherited === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = inherited;
  }
}
