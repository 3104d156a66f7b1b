import {
  dehydrate,
  hydrate,
  type DehydratedState,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import { ApiError } from '../api-client';
import { meQueryOptions } from '../me-query';
import { offlineDatabase } from './offline-database';
import { markServerUnreachable } from './server-reachability';

/** A week without a connection is longer than any field trip; older copies are not shown. */
const maxAgeMs = 7 * 24 * 60 * 60_000;
const saveAfterMs = 1_000;
const recordKey = 'queries';

/** The signed-in user's id, read from the /me answer in the cache. */
function ownerOf(queryClient: QueryClient): string | null {
  const me = queryClient.getQueryData<{ user?: { id?: string } }>(['me']);
  return me?.user?.id ?? null;
}

function worthKeeping(query: Query): boolean {
  return query.state.status === 'success' && query.state.data !== undefined;
}

/** Another user's saved answers go once the server has said who is signed in on this phone (null: nobody). */
async function dropIfAnotherUser(userId: string | null): Promise<void> {
  const db = await offlineDatabase();
  const saved = await db.get('query-cache', recordKey);
  if (saved && userId !== saved.ownerId) await db.delete('query-cache', recordKey);
}

/** Who the server says is signed in (null: nobody), or undefined when the server cannot be reached. */
async function askWhoIsSignedIn(queryClient: QueryClient): Promise<string | null | undefined> {
  try {
    return (await queryClient.fetchQuery({ ...meQueryOptions, retry: false })).user.id;
  } catch (error) {
    return error instanceof ApiError && error.code === 'NETWORK_ERROR' ? undefined : null;
  }
}

/**
 * Offline (or online in name only: the server does not answer), puts the last saved answers back
 * before the first page renders, so a page opened with no connection shows what the phone last saw. Online, pages read the server as always (a saved
 * copy drawn first would show a moment of old data), and nothing waits on storage before the
 * first render.
 */
export async function restoreQueryCache(queryClient: QueryClient): Promise<void> {
  try {
    if (navigator.onLine) {
      // The layout waits for /me anyway; asking first tells a connection from one that only says so.
      const userId = await askWhoIsSignedIn(queryClient);
      if (userId !== undefined) {
        void dropIfAnotherUser(userId).catch(() => undefined);
        return;
      }
      markServerUnreachable();
    }
    const db = await offlineDatabase();
    const saved = await db.get('query-cache', recordKey);
    if (!saved) return;
    if (Date.now() - saved.savedAt > maxAgeMs) {
      await db.delete('query-cache', recordKey);
      return;
    }
    hydrate(queryClient, saved.state as DehydratedState);
  } catch {
    // No IndexedDB here: pages simply need the network.
  }
}

/** Saves the answers of the signed-in user a second after they change. */
export function keepQueryCacheSaved(queryClient: QueryClient): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = async () => {
    timer = null;
    const ownerId = ownerOf(queryClient);
    if (!ownerId) return;
    const state = dehydrate(queryClient, { shouldDehydrateQuery: worthKeeping });
    try {
      const db = await offlineDatabase();
      // Signed out while storage opened: the sign-out's clearing must be the last word. Past this
      // check, the transaction below is created before the sign-out's, and IndexedDB runs them in
      // that order, so the clearing still comes after this write.
      if (ownerOf(queryClient) !== ownerId) return;
      const tx = db.transaction('query-cache', 'readwrite');
      const saved = await tx.store.get(recordKey);
      // Answers saved by earlier pages stay (an online start does not load them), unless too old.
      if (saved?.ownerId === ownerId) {
        const now = Date.now();
        const fresh = new Set(state.queries.map((query) => query.queryHash));
        const kept = (saved.state as DehydratedState).queries.filter(
          (query) => !fresh.has(query.queryHash) && now - query.state.dataUpdatedAt < maxAgeMs,
        );
        state.queries.push(...kept);
      }
      await Promise.all([tx.store.put({ ownerId, savedAt: Date.now(), state }, recordKey), tx.done]);
    } catch {
      // A full or refused storage costs the offline copy, never the page.
    }
  };
  // Leaving the page (a link to another Jalin page, the phone locked) saves what is pending now.
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    void save();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' && event.type !== 'removed') return;
    timer ??= setTimeout(() => void save(), saveAfterMs);
  });
}
