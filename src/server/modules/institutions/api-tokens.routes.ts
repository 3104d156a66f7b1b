import { z } from 'zod';
import {
  apiTokenListSchema,
  createApiTokenRequestSchema,
  createApiTokenResponseSchema,
} from '../../../shared/contracts/api-tokens';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import { defineRoute } from '../../platform/http/route-definition';
import { createApiToken, listApiTokens, revokeApiToken } from './manage-api-tokens';

const tag = 'API tokens';

export const apiTokenRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api-tokens',
    summary: "The institution's API tokens",
    tag,
    access: { kind: 'authenticated', permission: 'apiTokens.manage' },
    response: apiTokenListSchema,
    handler: async ({ deps, principal }) => ({ items: await listApiTokens(deps, principal) }),
  }),
  defineRoute({
    method: 'POST',
    path: '/api-tokens',
    summary: 'Create an API token; the secret is shown once',
    tag,
    access: { kind: 'authenticated', permission: 'apiTokens.manage' },
    body: createApiTokenRequestSchema,
    response: createApiTokenResponseSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) => createApiToken(deps, principal, body.name, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api-tokens/:id',
    summary: 'Revoke an API token',
    tag,
    access: { kind: 'authenticated', permission: 'apiTokens.manage' },
    params: z.strictObject({ id: idSchema }),
    response: okResponseSchema,
    async handler({ deps, principal, params, requestId }) {
      await revokeApiToken(deps, principal, params.id, requestId);
      return { ok: true as const };
    },
  }),
];
