import { z } from 'zod';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  createCustomCategoryRequestSchema,
  customCategoryCodeSchema,
  customCategoryListSchema,
  customCategorySchema,
  renameCustomCategoryRequestSchema,
} from '../../../shared/contracts/partners';
import { defineRoute } from '../../platform/http/route-definition';
import { deleteCustomCategory } from './delete-custom-category';
import { createCustomCategory, listCustomCategories } from './manage-custom-categories';
import { renameCustomCategory } from './rename-custom-category';

const tag = 'Partner categories';
const codeParams = z.strictObject({ code: customCategoryCodeSchema });

export const partnerCategoryRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partner-categories',
    summary: "The institution's own partner categories (besides the guide's five), with partner counts",
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    response: customCategoryListSchema,
    handler: async ({ deps, principal }) => ({ items: await listCustomCategories(deps, principal) }),
  }),
  defineRoute({
    method: 'POST',
    path: '/partner-categories',
    summary: 'Add an institution category; its code is custom:<slug>',
    tag,
    access: { kind: 'authenticated', permission: 'partnerCategories.manage' },
    body: createCustomCategoryRequestSchema,
    response: customCategorySchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) =>
      createCustomCategory(deps, principal, body.name, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/partner-categories/:code',
    summary: 'Rename an institution category (its code, and so its partners, stay)',
    tag,
    access: { kind: 'authenticated', permission: 'partnerCategories.manage' },
    params: codeParams,
    body: renameCustomCategoryRequestSchema,
    response: customCategorySchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      renameCustomCategory(deps, principal, params.code, body.name, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/partner-categories/:code',
    summary:
      'Delete an institution category; 409 CATEGORY_IN_USE (details.partnerCount) while partners use it',
    tag,
    access: { kind: 'authenticated', permission: 'partnerCategories.manage' },
    params: codeParams,
    response: okResponseSchema,
    async handler({ deps, principal, params, requestId }) {
      await deleteCustomCategory(deps, principal, params.code, requestId);
      return { ok: true as const };
    },
  }),
];
