import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { newId } from '../ids';

export interface StoredFile {
  storageKey: string;
  sha256: string;
  sizeBytes: number;
}

export interface FileStore {
  put(bytes: Buffer): Promise<StoredFile>;
  read(storageKey: string): Promise<Buffer>;
  /** The bytes as a stream, so a large download (an evidence pack) never holds them all at once. */
  stream(storageKey: string): Readable;
  remove(storageKey: string): Promise<void>;
}

const storageKeyPattern = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/** Files live under DATA_DIR/files with generated names, outside any static root. */
export function createDiskFileStore(dataDir: string): FileStore {
  const root = path.join(dataDir, 'files');
  const resolve = (storageKey: string): string => {
    if (!storageKeyPattern.test(storageKey)) throw new Error('invalid storage key');
    return path.join(root, storageKey);
  };
  return {
    async put(bytes) {
      const id = newId();
      const storageKey = `${id.slice(-2)}/${id}`;
      const target = resolve(storageKey);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, bytes, { flag: 'wx' });
      return {
        storageKey,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        sizeBytes: bytes.length,
      };
    },
    read: async (storageKey) => fs.readFile(resolve(storageKey)),
    stream: (storageKey) => createReadStream(resolve(storageKey)),
    remove: async (storageKey) => fs.rm(resolve(storageKey), { force: true }),
  };
}
