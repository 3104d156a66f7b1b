/**
 * Installs the service worker that keeps the application shell on the phone (ADR 0033). Only in a
 * app served over HTTPS or on localhost; the development server has no /sw.js and only warns.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('Service worker not installed; Jalin needs the network on this device.', error);
    });
  });
}
