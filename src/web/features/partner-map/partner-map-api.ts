import { queryOptions } from '@tanstack/react-query';
import { clientConfigSchema } from '../../../shared/contracts/client-config';
import { partnerMapSchema } from '../../../shared/contracts/partner-map';
import type { PartnerSearch } from '../../app/search-params';
import { api } from '../../lib/api-client';
import { partnersQueryKey } from '../partners/partner-api';

/** Server settings (the tile server); they change only with a restart. */
export const clientConfigQueryOptions = queryOptions({
  queryKey: ['client-config'] as const,
  queryFn: ({ signal }) => api.get('/client-config', clientConfigSchema, undefined, signal),
  staleTime: Infinity,
});

/** Under the partners key, so saving a partner refreshes the map as it does the list. */
export function partnerMapQueryOptions(search: PartnerSearch) {
  return queryOptions({
    queryKey: [...partnersQueryKey, 'map', search] as const,
    queryFn: ({ signal }) => api.get('/partners/map', partnerMapSchema, { ...search }, signal),
    // The map stays up with the previous points while a changed filter loads, instead of remounting.
    placeholderData: (previous) => previous,
  });
}
