import {
  createCustomCategoryRequestSchema,
  customCategoryListSchema,
  customCategorySchema,
} from '../../../shared/contracts/partners';
import { defineRoute } from '../../platform/http/route-definition';
import { createCustomCategory, listCustomCategories } from './manage-custom-categories';

const tag = 'Partner categories';

export const partnerCategoryRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partner-categories',
    summary: "The institution's own partner categories (besides the guide's five)",
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
];
