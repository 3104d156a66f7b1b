/** After a failed install the phone tries again this much later, or as soon as it is back online. */
const retryAfterMs = 60_000;

/**
 * Installs the service worker that keeps the application shell on the phone (ADR 0033). Only in a
 * app served over HTTPS or on localhost; the development server has no /sw.js and only warns.
 * An install needs every shell file; on a weak signal one may not arrive, and the browser then
 * drops the new worker. Jalin is a single page that is rarely reloaded, so it asks again itself
 * rather than wait for the next full page load.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let warned = false;
  const tryAgainLater = () => {
    if (retry !== null) return;
    const again = () => {
      if (retry !== null) clearTimeout(retry);
      retry = null;
      window.removeEventListener('online', again);
      void install();
    };
    retry = setTimeout(again, retryAfterMs);
    window.addEventListener('online', again);
  };
  const install = async () => {
    try {
      const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'redundant' && !registration.active) tryAgainLater();
      });
    } catch (error: unknown) {
      if (!warned)
        console.warn('Service worker not installed; Jalin needs the network on this device.', error);
      warned = true;
      tryAgainLater();
    }
  };
  window.addEventListener('load', () => void install());
}
