import { z } from 'zod';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  createPartnershipPatternRequestSchema,
  customPatternCodeSchema,
  partnershipPatternItemSchema,
  partnershipPatternListSchema,
  updatePartnershipPatternRequestSchema,
} from '../../../shared/contracts/partnership-patterns';
import { defineRoute } from '../../platform/http/route-definition';
import { createPartnershipPattern } from './create-partnership-pattern';
import { deletePartnershipPattern } from './delete-partnership-pattern';
import { listPartnershipPatterns } from './list-partnership-patterns';
import { updatePartnershipPattern } from './update-partnership-pattern';

const tag = 'Partnership patterns';
const codeParams = z.strictObject({ code: customPatternCodeSchema });

// Who shapes the institution's own vocabulary (its partner categories) shapes its patterns too.
const managePermission = 'partnerCategories.manage' as const;

export const partnershipPatternRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partnership-patterns',
    summary:
      "The guide's four patterns (builtIn, read-only) and the institution's own, with partnership counts",
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    response: partnershipPatternListSchema,
    handler: ({ deps, principal }) => listPartnershipPatterns(deps, principal),
  }),
  defineRoute({
    method: 'POST',
    path: '/partnership-patterns',
    summary: 'Add an institution pattern; its code is custom:<slug>',
    tag,
    access: { kind: 'authenticated', permission: managePermission },
    body: createPartnershipPatternRequestSchema,
    response: partnershipPatternItemSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) =>
      createPartnershipPattern(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/partnership-patterns/:code',
    summary: 'Rename or describe an institution pattern (its code, and so its partnerships, stay)',
    tag,
    access: { kind: 'authenticated', permission: managePermission },
    params: codeParams,
    body: updatePartnershipPatternRequestSchema,
    response: partnershipPatternItemSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updatePartnershipPattern(deps, principal, params.code, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/partnership-patterns/:code',
    summary:
      'Delete an institution pattern; 409 PATTERN_IN_USE (details.partnershipCount) while partnerships use it',
    tag,
    access: { kind: 'authenticated', permission: managePermission },
    params: codeParams,
    response: okResponseSchema,
    async handler({ deps, principal, params, requestId }) {
      await deletePartnershipPattern(deps, principal, params.code, requestId);
      return { ok: true as const };
    },
  }),
];
