import { useSyncExternalStore } from 'react';
import type { OutboxEntry } from './outbox-entry';
import { listOutbox, removeOutboxEntry, saveOutboxEntry } from './outbox-store';
import { sendOutboxEntry } from './send-outbox-entry';
import { isConnected, onConnectionChange } from './server-reachability';

export interface SyncSnapshot {
  online: boolean;
  syncing: boolean;
  /** The signed-in user's queued entries, oldest first. */
  entries: OutboxEntry[];
  lastSyncedAt: number | null;
  /** IndexedDB refused (a private window): records cannot wait on this device. */
  unavailable: boolean;
}

interface SyncOptions {
  currentUserId: () => string | null;
  /** After something reached the server: lists and pages read again. */
  onSent: () => void;
}

const retryEveryMs = 15_000;

let snapshot: SyncSnapshot = {
  online: typeof navigator === 'undefined' ? true : isConnected(),
  syncing: false,
  entries: [],
  lastSyncedAt: null,
  unavailable: false,
};
const listeners = new Set<() => void>();
let options: SyncOptions | null = null;
let running: Promise<void> | null = null;
let again = false;

function publish(change: Partial<SyncSnapshot>): void {
  snapshot = { ...snapshot, ...change };
  for (const listener of listeners) listener();
}

async function readEntries(): Promise<OutboxEntry[]> {
  const userId = options?.currentUserId() ?? null;
  try {
    const all = await listOutbox();
    return all.filter((entry) => entry.ownerId === userId);
  } catch {
    publish({ unavailable: true });
    return [];
  }
}

export async function refreshOutbox(): Promise<void> {
  publish({ entries: await readEntries() });
}

async function sendWaiting(): Promise<void> {
  if (!isConnected()) return;
  let sent = 0;
  publish({ syncing: true });
  try {
    for (const entry of await readEntries()) {
      if (entry.state !== 'waiting') continue;
      const outcome = await sendOutboxEntry(entry);
      if (outcome === 'sent') {
        await removeOutboxEntry(entry.key);
        sent += 1;
      }
      await refreshOutbox();
      if (outcome === 'later') break;
    }
  } finally {
    publish({ syncing: false, lastSyncedAt: Date.now() });
  }
  if (sent > 0) options?.onSent();
}

/** Sends what waits; a call while sending runs once more afterwards, never in parallel. */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await sendWaiting();
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}

/** Puts a record in the queue on this device and tries to send it at once. */
export async function enqueue(entry: OutboxEntry): Promise<void> {
  await saveOutboxEntry(entry);
  await refreshOutbox();
  void syncNow();
}

/** After the user chose in a conflict or edited a refused entry: back in line. */
export async function requeue(entry: OutboxEntry): Promise<void> {
  await saveOutboxEntry({ ...entry, state: 'waiting', error: null });
  await refreshOutbox();
  void syncNow();
}

export async function discard(entry: OutboxEntry): Promise<void> {
  await removeOutboxEntry(entry.key);
  await refreshOutbox();
}

/** Once per page: listens for the connection and retries what waits. */
export function startOutboxSync(next: SyncOptions): void {
  if (options) return;
  options = next;
  window.addEventListener('online', () => {
    publish({ online: true });
    void syncNow();
  });
  window.addEventListener('offline', () => publish({ online: false }));
  onConnectionChange((online) => {
    publish({ online });
    if (online) void syncNow();
  });
  // The start may already have found the server unreachable, before anything listened.
  publish({ online: isConnected() });
  window.setInterval(() => {
    if (snapshot.entries.some((entry) => entry.state === 'waiting')) void syncNow();
  }, retryEveryMs);
  void refreshOutbox().then(() => syncNow());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSyncSnapshot(): SyncSnapshot {
  return snapshot;
}

export function useSyncSnapshot(): SyncSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** True when a save should go to the queue rather than wait for a connection that is not there. */
export function isOffline(): boolean {
  return !isConnected();
}
