import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  followUpPageSchema,
  type FollowUpItem,
  type FollowUpScope,
  type FollowUpStatus,
} from '../../../shared/contracts/follow-ups';
import { interactionSchema } from '../../../shared/contracts/interactions';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';
import { interactionsQueryKey } from '../interactions/interactions-api';

/** Every follow-up query starts with this key, so a completion refreshes the card, the page and the nav. */
export const followUpsQueryKey = ['follow-ups'] as const;

export interface FollowUpFilter {
  scope: FollowUpScope;
  status: FollowUpStatus;
  dueBefore?: string;
}

/** The home card's window: overdue ones and the coming week, a single small page. */
export function followUpCardQueryOptions(dueBefore: string | undefined) {
  return queryOptions({
    queryKey: [...followUpsQueryKey, 'card', dueBefore ?? null] as const,
    queryFn: ({ signal }) =>
      api.get(
        '/follow-ups',
        followUpPageSchema,
        { scope: 'mine', status: 'open', limit: 20, ...(dueBefore ? { dueBefore } : {}) },
        signal,
      ),
  });
}

export function followUpListQueryOptions(filter: FollowUpFilter) {
  return infiniteQueryOptions({
    queryKey: [...followUpsQueryKey, 'list', filter] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get('/follow-ups', followUpPageSchema, { ...filter, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** The signed-in user's overdue count for the menu badge: one row is enough, the count comes with it. */
export const overdueCountQueryOptions = queryOptions({
  queryKey: [...followUpsQueryKey, 'overdue-count'] as const,
  queryFn: ({ signal }) =>
    api.get('/follow-ups', followUpPageSchema, { scope: 'mine', status: 'open', limit: 1 }, signal),
  select: (page) => page.overdueCount,
  staleTime: 60_000,
});

export function useCompleteFollowUp() {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { item: FollowUpItem; done: boolean }) =>
      api.post(
        `/interactions/${encodeURIComponent(input.item.interactionId)}/follow-up/completion`,
        interactionSchema,
        { done: input.done },
      ),
    onSuccess: async (_interaction, input) => {
      notify.success(input.done ? t.followUps.doneToast : t.followUps.reopenedToast);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: followUpsQueryKey }),
        queryClient.invalidateQueries({ queryKey: interactionsQueryKey }),
      ]);
    },
    onError: (error) => notify.error(error),
  });
}
