import { onlineManager } from '@tanstack/react-query';

const probeEveryMs = 5_000;
let unreachable = false;
let probe: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<(online: boolean) => void>();

/** Online as far as the app can tell: the browser says so and the server answered the last try. */
export function isConnected(): boolean {
  return navigator.onLine && !unreachable;
}

/** Told of every change of `isConnected()`. */
export function onConnectionChange(listener: (online: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(): void {
  const online = isConnected();
  onlineManager.setOnline(online);
  for (const listener of listeners) listener(online);
}

/**
 * A phone can say it is online with no usable connection (a weak signal, a captive portal), and so
 * can Chromium under offline emulation after a reload: the app then works as offline (saved pages,
 * the queue) and asks the server every few seconds until it answers.
 */
export function markServerUnreachable(): void {
  if (unreachable) return;
  unreachable = true;
  announce();
  probe = setInterval(() => {
    fetch('/api/v1/health', { cache: 'no-store' })
      .then((response) => {
        if (response.ok) markServerReachable();
      })
      .catch(() => undefined);
  }, probeEveryMs);
}

export function markServerReachable(): void {
  if (!unreachable) return;
  unreachable = false;
  if (probe) clearInterval(probe);
  probe = null;
  announce();
}
