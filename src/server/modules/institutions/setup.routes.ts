import { setupRequestSchema, setupStatusResponseSchema } from '../../../shared/contracts/auth';
import { okResponseSchema } from '../../../shared/contracts/common';
import { defineRoute } from '../../platform/http/route-definition';
import { createInstitutionWithAdmin, needsSetup } from './set-up-first-institution';

const tag = 'Setup';

export const setupRoutes = [
  defineRoute({
    method: 'GET',
    path: '/setup/status',
    summary: 'Whether this server still needs its first institution',
    tag,
    access: { kind: 'public' },
    response: setupStatusResponseSchema,
    handler: async ({ deps }) => ({ needsSetup: await needsSetup(deps) }),
  }),
  defineRoute({
    method: 'POST',
    path: '/setup',
    summary: 'Create the first institution and its administrator with the one-time setup link',
    tag,
    access: { kind: 'public' },
    body: setupRequestSchema,
    response: okResponseSchema,
    successStatus: 201,
    async handler({ deps, body, requestId }) {
      await createInstitutionWithAdmin(deps, body, { requestId, setupToken: body.token });
      return { ok: true as const };
    },
  }),
];
