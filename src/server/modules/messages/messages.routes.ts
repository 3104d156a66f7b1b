import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  confirmMessageRequestSchema,
  createMessageRequestSchema,
  createMessageResponseSchema,
  messagePreviewSchema,
  outgoingMessageListSchema,
  outgoingMessageSchema,
  previewMessageRequestSchema,
} from '../../../shared/contracts/messages';
import { defineRoute } from '../../platform/http/route-definition';
import { confirmMessage } from './confirm-message';
import { listPartnerMessages } from './list-partner-messages';
import { previewMessage } from './preview-message';
import { sendMessage } from './send-message';

const tag = 'Messages';
const params = z.strictObject({ id: idSchema });

export const messageRoutes = [
  defineRoute({
    method: 'POST',
    path: '/messages/preview',
    summary:
      "A message's text from its template, the contact's preferences and sensitive topics, the working-hours warning; writes nothing",
    tag,
    access: { kind: 'authenticated', permission: 'care.write' },
    body: previewMessageRequestSchema,
    response: messagePreviewSchema,
    handler: ({ deps, principal, body }) => previewMessage(deps, principal, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/messages',
    summary:
      'Prepare a WhatsApp message (wa.me link) or an email (sent by SMTP when configured, a mailto: link otherwise)',
    tag,
    access: { kind: 'authenticated', permission: 'care.write' },
    body: createMessageRequestSchema,
    response: createMessageResponseSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) => sendMessage(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/messages/:id/confirmation',
    summary: 'Whether the prepared message was sent; sent logs the contact as an interaction (once)',
    tag,
    access: { kind: 'authenticated', permission: 'care.write' },
    params,
    body: confirmMessageRequestSchema,
    response: outgoingMessageSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      confirmMessage(deps, principal, params.id, body.sent, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/partners/:id/messages',
    summary: 'The messages prepared for the partner, newest first',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    params,
    response: outgoingMessageListSchema,
    handler: async ({ deps, principal, params }) => ({
      items: await listPartnerMessages(deps.db, principal.institutionId, params.id),
    }),
  }),
];
