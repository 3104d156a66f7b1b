import { apiTokenListSchema, createApiTokenResponseSchema } from '../../../shared/contracts/api-tokens';
import { okResponseSchema } from '../../../shared/contracts/common';
import { api } from '../../lib/api-client';

export const apiTokensQueryKey = ['api-tokens'] as const;

export const apiTokensQueryOptions = {
  queryKey: apiTokensQueryKey,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api.get('/api-tokens', apiTokenListSchema, undefined, signal),
};

export function createApiToken(name: string) {
  return api.post('/api-tokens', createApiTokenResponseSchema, { name });
}

export function revokeApiToken(id: string) {
  return api.delete(`/api-tokens/${encodeURIComponent(id)}`, okResponseSchema);
}
