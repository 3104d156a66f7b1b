import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry } from './outbox-entry';

/** The query cache as last saved, for reading pages with no connection (ADR 0033). */
export interface SavedQueryCache {
  /** The user whose data this is: another user never sees it. */
  ownerId: string;
  savedAt: number;
  state: unknown;
}

interface OfflineSchema extends DBSchema {
  'query-cache': { key: string; value: SavedQueryCache };
  outbox: { key: string; value: OutboxEntry; indexes: { 'by-created': number } };
}

export type OfflineDatabase = IDBPDatabase<OfflineSchema>;

const databaseName = 'jalin-offline';
let opening: Promise<OfflineDatabase> | null = null;

/** One connection per page; a browser without IndexedDB (some private windows) gets a rejection. */
export function offlineDatabase(): Promise<OfflineDatabase> {
  opening ??= openDB<OfflineSchema>(databaseName, 1, {
    upgrade(db) {
      db.createObjectStore('query-cache');
      db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('by-created', 'createdAt');
    },
    blocking() {
      // A newer page wants to upgrade the schema: let it, this page reopens on next use.
      void opening?.then((db) => db.close());
      opening = null;
    },
  });
  return opening;
}

/** Sign-out on a shared phone: nothing of this user stays in the browser's storage. */
export async function clearOfflineData(): Promise<void> {
  const db = await offlineDatabase();
  const tx = db.transaction(['query-cache', 'outbox'], 'readwrite');
  await Promise.all([tx.objectStore('query-cache').clear(), tx.objectStore('outbox').clear(), tx.done]);
}
