import { offlineDatabase } from './offline-database';
import type { OutboxEntry } from './outbox-entry';

export async function listOutbox(): Promise<OutboxEntry[]> {
  const db = await offlineDatabase();
  return db.getAllFromIndex('outbox', 'by-created');
}

export async function saveOutboxEntry(entry: OutboxEntry): Promise<void> {
  const db = await offlineDatabase();
  await db.put('outbox', entry);
}

export async function removeOutboxEntry(key: string): Promise<void> {
  const db = await offlineDatabase();
  await db.delete('outbox', key);
}
