import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../app-deps';
import type { StoredFile } from './file-store';
import { insertFileRow } from './files.repository';
import { newId } from '../ids';

export interface FileRecord {
  institutionId: string;
  purpose: string;
  /** Shown and sent as the download's name; never the name on disk. */
  originalName: string;
  mediaType: string;
  createdBy: string | null;
}

/**
 * Writes the bytes under a generated name, then runs `work` in one transaction with the file's
 * `files` row already inserted. Should the transaction fail, the stored bytes are removed, so no
 * file is left on disk without its row.
 */
export async function storeFileWithRecord<T>(
  deps: AppDeps,
  bytes: Buffer,
  record: FileRecord,
  work: (trx: Transaction<Database>, fileId: string, stored: StoredFile) => Promise<T>,
): Promise<T> {
  const stored = await deps.files.put(bytes);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const fileId = newId();
      await insertFileRow(trx, {
        id: fileId,
        institution_id: record.institutionId,
        purpose: record.purpose,
        original_name: record.originalName,
        media_type: record.mediaType,
        size_bytes: stored.sizeBytes,
        sha256: stored.sha256,
        storage_key: stored.storageKey,
        created_by: record.createdBy,
        created_at: deps.clock.now().toISOString(),
      });
      return work(trx, fileId, stored);
    });
  } catch (error) {
    await deps.files.remove(stored.storageKey);
    throw error;
  }
}
