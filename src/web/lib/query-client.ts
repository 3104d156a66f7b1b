import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** Client errors (4xx) are answers, not glitches: retry only network trouble and 5xx, twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    // A day in memory, not five minutes: what a facilitator opened in the morning is still saved
    // for the afternoon's visit with no signal (lib/offline/persisted-query-cache.ts).
    queries: { staleTime: 30_000, gcTime: 24 * 60 * 60_000, retry: shouldRetry, refetchOnWindowFocus: false },
    // A save with no connection runs anyway: it either waits in the offline queue or says why it
    // failed. TanStack's default would pause it, silently, until a connection returned.
    mutations: { retry: false, networkMode: 'always' },
  },
});
