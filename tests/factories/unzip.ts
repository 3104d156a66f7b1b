import { openZipArchive } from '../../src/server/platform/files/spreadsheet/zip-archive';

/** Every entry of a ZIP in archive order, each read back whole (yauzl checks sizes and CRCs). */
export async function unzipEntries(bytes: Buffer): Promise<Map<string, Buffer>> {
  const archive = await openZipArchive(bytes);
  try {
    const entries = new Map<string, Buffer>();
    for (const name of archive.entries.keys()) {
      const chunks: Buffer[] = [];
      for await (const chunk of (await archive.open(name)) as AsyncIterable<Buffer>) chunks.push(chunk);
      entries.set(name, Buffer.concat(chunks));
    }
    return entries;
  } finally {
    archive.close();
  }
}
