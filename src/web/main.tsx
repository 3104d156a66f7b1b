import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { onlineManager, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type AnyRoute } from '@tanstack/react-router';
import { router } from './app/router';
import { cssVariablesResolver, theme } from './app/theme';
import { configureApiClient } from './lib/api-client';
import { I18nProvider, prefetchFullCatalogSoon } from './lib/i18n';
import { meQueryKey } from './lib/me-query';
import { keepQueryCacheSaved, restoreQueryCache } from './lib/offline/persisted-query-cache';
import { registerServiceWorker } from './lib/offline/register-service-worker';
import { queryClient } from './lib/query-client';

configureApiClient({
  getCsrfToken: () => queryClient.getQueryData(meQueryKey)?.csrfToken ?? null,
  onUnauthenticated: () => {
    const { pathname, href } = router.state.location;
    if (pathname === '/masuk') return;
    void router.navigate({ to: '/masuk', search: { redirect: href, status: 'session-expired' } }).then(() => {
      queryClient.clear();
    });
  },
});

const stopWaitingForFirstPage = router.subscribe('onResolved', () => {
  stopWaitingForFirstPage();
  prefetchFullCatalogSoon();
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

registerServiceWorker();
// TanStack Query assumes a connection until an 'offline' event; a page opened offline has had none.
onlineManager.setOnline(navigator.onLine);
// Asks the server who is signed in first, so that request does not queue behind the scripts below.
const restoring = restoreQueryCache(queryClient);
// The first page's code downloads meanwhile, not once the answer is in.
const routesById: Record<string, AnyRoute> = router.routesById;
for (const match of router.matchRoutes(router.state.location)) {
  const route = routesById[match.routeId as string];
  if (route) void router.loadRouteChunk(route)?.catch(() => undefined);
}
await restoring;
keepQueryCacheSaved(queryClient);

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
