import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Readable } from 'node:stream';
import { AppError } from '../../http/app-error';

/** Real spreadsheets inflate 5–20×; a part beyond these limits is a zip bomb, not data. */
export const zipLimits = {
  maxEntries: 5_000,
  maxTotalInflatedBytes: 600 * 1024 * 1024,
  maxRatio: 150,
  ratioAppliesAboveBytes: 10 * 1024 * 1024,
};

export interface ZipArchive {
  entries: Map<string, Entry>;
  open(name: string): Promise<Readable>;
  /** The whole part as text, refused beyond `maxBytes` (XML parts read in one piece). */
  readText(name: string, maxBytes: number): Promise<string>;
  close(): void;
}

function fromBuffer(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)),
    );
  });
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      if (entries.size > zipLimits.maxEntries) {
        reject(new AppError('IMPORT_ZIP_BOMB', { reason: 'too many entries' }));
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/**
 * Opens an XLSX container from memory and refuses, before anything is parsed, archives whose
 * declared sizes add up to a bomb. Sizes that lie are caught while inflating: yauzl stops a stream
 * that grows past its declared size.
 */
export async function openZipArchive(bytes: Buffer): Promise<ZipArchive> {
  let zip: ZipFile;
  let entries: Map<string, Entry>;
  try {
    zip = await fromBuffer(bytes);
    entries = await listEntries(zip);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IMPORT_FILE_UNREADABLE', { reason: 'not a valid XLSX (zip) container' });
  }
  let total = 0;
  for (const entry of entries.values()) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > zipLimits.ratioAppliesAboveBytes && ratio > zipLimits.maxRatio) {
      throw new AppError('IMPORT_ZIP_BOMB', { entry: entry.fileName, ratio: Math.round(ratio) });
    }
  }
  if (total > zipLimits.maxTotalInflatedBytes)
    throw new AppError('IMPORT_ZIP_BOMB', { inflatedBytes: total });

  const open = (name: string) =>
    new Promise<Readable>((resolve, reject) => {
      const entry = entries.get(name);
      if (!entry) {
        reject(new AppError('IMPORT_FILE_UNREADABLE', { reason: `missing part ${name}` }));
        return;
      }
      zip.openReadStream(entry, (error, stream) =>
        error || !stream ? reject(error ?? new Error(`cannot open ${name}`)) : resolve(stream),
      );
    });
  return {
    entries,
    open,
    async readText(name, maxBytes) {
      const stream = await open(name);
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) {
          stream.destroy();
          throw new AppError('IMPORT_ZIP_BOMB', { entry: name, inflatedBytes: size });
        }
        chunks.push(chunk);
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    close: () => zip.close(),
  };
}

/** Inflates a part to its end without keeping it, so a lying size header fails here, not mid-import. */
export async function drainEntry(archive: ZipArchive, name: string): Promise<number> {
  const stream = await archive.open(name);
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) size += chunk.length;
  } catch {
    throw new AppError('IMPORT_ZIP_BOMB', {
      entry: name,
      reason: 'inflated size differs from the declared size',
    });
  }
  return size;
}
