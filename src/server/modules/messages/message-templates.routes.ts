import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import {
  createMessageTemplateRequestSchema,
  deleteMessageTemplateQuerySchema,
  messageTemplateListSchema,
  messageTemplateSchema,
  updateMessageTemplateRequestSchema,
} from '../../../shared/contracts/messages';
import { defineRoute } from '../../platform/http/route-definition';
import { archiveMessageTemplate } from './archive-message-template';
import { createMessageTemplate } from './create-message-template';
import { listMessageTemplates } from './list-message-templates';
import { updateMessageTemplate } from './update-message-template';

const tag = 'Message templates';
const params = z.strictObject({ id: idSchema });

export const messageTemplateRoutes = [
  defineRoute({
    method: 'GET',
    path: '/message-templates',
    summary: "The institution's message templates and the shipped defaults it has not replaced",
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    response: messageTemplateListSchema,
    handler: async ({ deps, principal }) => ({
      items: await listMessageTemplates(deps.db, principal.institutionId),
    }),
  }),
  defineRoute({
    method: 'POST',
    path: '/message-templates',
    summary:
      'Add a template (refused with TEMPLATE_PLACEHOLDER_UNKNOWN for a placeholder Jalin does not know)',
    tag,
    access: { kind: 'authenticated', permission: 'messageTemplates.manage' },
    body: createMessageTemplateRequestSchema,
    response: messageTemplateSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) =>
      createMessageTemplate(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/message-templates/:id',
    summary: 'Change a template (send the version you read)',
    tag,
    access: { kind: 'authenticated', permission: 'messageTemplates.manage' },
    params,
    body: updateMessageTemplateRequestSchema,
    response: messageTemplateSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateMessageTemplate(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/message-templates/:id',
    summary: 'Archive a template; the shipped default for its use comes back',
    tag,
    access: { kind: 'authenticated', permission: 'messageTemplates.manage' },
    params,
    query: deleteMessageTemplateQuerySchema,
    response: okResponseSchema,
    async handler({ deps, principal, params, query, requestId }) {
      await archiveMessageTemplate(deps, principal, params.id, query.version, requestId);
      return { ok: true as const };
    },
  }),
];
