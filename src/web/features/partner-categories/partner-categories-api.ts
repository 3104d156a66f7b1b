import { okResponseSchema } from '../../../shared/contracts/common';
import { customCategorySchema } from '../../../shared/contracts/partners';
import { api } from '../../lib/api-client';

const categoryPath = (code: string) => `/partner-categories/${encodeURIComponent(code)}`;

export function createCategory(name: string) {
  return api.post('/partner-categories', customCategorySchema, { name });
}

export function renameCategory(code: string, name: string) {
  return api.patch(categoryPath(code), customCategorySchema, { name });
}

export function deleteCategory(code: string) {
  return api.delete(categoryPath(code), okResponseSchema);
}
