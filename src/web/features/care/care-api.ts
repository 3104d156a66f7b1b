import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  agendaSchema,
  neglectedListSchema,
  partnerCareSchema,
  type AgendaScope,
} from '../../../shared/contracts/care';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';

/** Every care query starts with this key, so a cadence change refreshes agenda, list and card. */
export const careQueryKey = ['care'] as const;

/** undefined: the server's default (mine for a facilitator, all for a manager). */
export function agendaQueryOptions(scope: AgendaScope | undefined) {
  return queryOptions({
    queryKey: [...careQueryKey, 'agenda', scope ?? null] as const,
    queryFn: ({ signal }) => api.get('/care/agenda', agendaSchema, scope ? { scope } : undefined, signal),
  });
}

export const neglectedQueryOptions = queryOptions({
  queryKey: [...careQueryKey, 'neglected'] as const,
  queryFn: ({ signal }) => api.get('/care/neglected', neglectedListSchema, undefined, signal),
});

export function partnerCareQueryOptions(partnerId: string) {
  return queryOptions({
    queryKey: [...careQueryKey, 'partner', partnerId] as const,
    queryFn: ({ signal }) =>
      api.get(`/partners/${encodeURIComponent(partnerId)}/care`, partnerCareSchema, undefined, signal),
  });
}

export function useUpdateCadence(partnerId: string) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: number | null) =>
      api.put(`/partners/${encodeURIComponent(partnerId)}/cadence`, partnerCareSchema, { json: { days } }),
    onSuccess: async () => {
      notify.success(t.partnerHealth.cadenceSaved);
      await queryClient.invalidateQueries({ queryKey: careQueryKey });
    },
    onError: (error) => notify.error(error),
  });
}
