import { queryOptions } from '@tanstack/react-query';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  createMessageResponseSchema,
  messagePreviewSchema,
  messageTemplateListSchema,
  messageTemplateSchema,
  outgoingMessageSchema,
  type CreateMessageRequest,
  type CreateMessageTemplateRequest,
  type PreviewMessageRequest,
  type UpdateMessageTemplateRequest,
} from '../../../shared/contracts/messages';
import { api } from '../../lib/api-client';

export const messageTemplatesQueryKey = ['message-templates'] as const;

export const messageTemplatesQueryOptions = queryOptions({
  queryKey: messageTemplatesQueryKey,
  queryFn: ({ signal }) => api.get('/message-templates', messageTemplateListSchema, undefined, signal),
});

export function messagePreviewQueryOptions(request: PreviewMessageRequest) {
  return queryOptions({
    queryKey: ['messages', 'preview', request] as const,
    queryFn: () => api.post('/messages/preview', messagePreviewSchema, request),
    // The working-hours warning and the greeting word follow the clock; the text is edited locally.
    staleTime: 60_000,
    retry: false,
  });
}

export function createMessage(body: CreateMessageRequest) {
  return api.post('/messages', createMessageResponseSchema, body);
}

export function confirmMessage(messageId: string, sent: boolean) {
  return api.post(`/messages/${encodeURIComponent(messageId)}/confirmation`, outgoingMessageSchema, { sent });
}

export function createMessageTemplate(body: CreateMessageTemplateRequest) {
  return api.post('/message-templates', messageTemplateSchema, body);
}

export function updateMessageTemplate(id: string, body: UpdateMessageTemplateRequest) {
  return api.patch(`/message-templates/${encodeURIComponent(id)}`, messageTemplateSchema, body);
}

export function archiveMessageTemplate(id: string, version: number) {
  return api.delete(`/message-templates/${encodeURIComponent(id)}?version=${version}`, okResponseSchema);
}
