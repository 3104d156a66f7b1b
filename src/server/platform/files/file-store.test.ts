import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { webDistDir } from '../../app';
import { createDiskFileStore, type FileStore } from './file-store';

let dataDir: string;
let store: FileStore;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-file-store-'));
  store = createDiskFileStore(dataDir);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('stores each upload under a new generated name inside DATA_DIR/files, never a web root', async () => {
  const bytes = Buffer.from('%PDF-1.7 surat kesepakatan');

  const first = await store.put(bytes);
  const second = await store.put(bytes);

  const generated = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  expect(first.storageKey).toMatch(generated);
  expect(second.storageKey).toMatch(generated);
  expect(second.storageKey).not.toBe(first.storageKey);
  const onDisk = path.join(dataDir, 'files', first.storageKey);
  expect(fs.readFileSync(onDisk)).toEqual(bytes);
  expect(first.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  expect(path.relative(webDistDir, onDisk).startsWith('..')).toBe(true);
});

it('refuses a storage key that is not one it generated, so no path can climb out', async () => {
  for (const key of ['../jalin.db', 'ab/../../jalin.db', '/etc/passwd', 'ab/laporan.pdf', '']) {
    expect(() => store.stream(key), key).toThrow('invalid storage key');
    await expect(store.read(key), key).rejects.toThrow('invalid storage key');
    await expect(store.remove(key), key).rejects.toThrow('invalid storage key');
  }
});
