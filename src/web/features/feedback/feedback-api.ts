import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  feedbackRequestPageSchema,
  feedbackRequestSchema,
  feedbackSummarySchema,
  issuedFeedbackRequestSchema,
  partnerFeedbackSchema,
  publicFeedbackSchema,
  type FeedbackAnswer,
  type feedbackListStatuses,
} from '../../../shared/contracts/feedback';
import { api } from '../../lib/api-client';

export type FeedbackListStatus = (typeof feedbackListStatuses)[number];

const publicPath = (id: string, token: string) =>
  `/public/feedback-requests/${encodeURIComponent(id)}/answer/${encodeURIComponent(token)}`;

/** Every feedback query starts with this key, so one invalidation refreshes the panel and the cards. */
export const feedbackQueryKey = ['feedback'] as const;

export function partnerFeedbackQueryOptions(partnerId: string) {
  return queryOptions({
    queryKey: [...feedbackQueryKey, 'partner', partnerId] as const,
    queryFn: ({ signal }) =>
      api.get(
        `/partners/${encodeURIComponent(partnerId)}/feedback`,
        partnerFeedbackSchema,
        undefined,
        signal,
      ),
  });
}

export function feedbackSummaryQueryOptions() {
  return queryOptions({
    queryKey: [...feedbackQueryKey, 'summary'] as const,
    queryFn: ({ signal }) => api.get('/care/feedback-summary', feedbackSummarySchema, undefined, signal),
  });
}

/** Answered with this satisfaction, answered within these local months (a dashboard bar links here). */
export interface FeedbackAnswerFilters {
  satisfaction?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export function feedbackRequestsQueryOptions(
  status: FeedbackListStatus | null,
  answers: FeedbackAnswerFilters = {},
) {
  return infiniteQueryOptions({
    queryKey: [...feedbackQueryKey, 'list', status, answers] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get(
        '/feedback-requests',
        feedbackRequestPageSchema,
        { status: status ?? undefined, ...answers, cursor: pageParam, limit: 50 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function requestFeedback(partnerId: string, contactId: string) {
  return api.post(
    `/partners/${encodeURIComponent(partnerId)}/feedback-requests`,
    issuedFeedbackRequestSchema,
    {
      contactId,
    },
  );
}

export function cancelFeedbackRequest(id: string, version: number) {
  return api.post(`/feedback-requests/${encodeURIComponent(id)}/cancellation`, feedbackRequestSchema, {
    version,
  });
}

export function publicFeedbackQueryOptions(id: string, token: string) {
  return queryOptions({
    queryKey: ['public-feedback', id, token] as const,
    queryFn: ({ signal }) => api.get(publicPath(id, token), publicFeedbackSchema, undefined, signal),
    retry: false,
  });
}

export function answerFeedback(id: string, token: string, body: FeedbackAnswer) {
  return api.post(publicPath(id, token), publicFeedbackSchema, body);
}
