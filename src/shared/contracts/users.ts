import { z } from 'zod';
import { roles } from '../domain/roles';
import { regionCodePattern } from '../domain/region-code';
import { idSchema, isoDateTimeSchema, listQuerySchema, pageSchema, rowVersionSchema } from './common';
import { emailSchema, localeSchema } from './auth';

export const userSchema = z.object({
  id: idSchema,
  institutionId: idSchema,
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  locale: localeSchema,
  status: z.enum(['active', 'invited', 'disabled']),
  supervisedRegionCodes: z.array(z.string()),
  lastLoginAt: isoDateTimeSchema.nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
});
export type User = z.infer<typeof userSchema>;

const regionCodesSchema = z
  .array(z.string().trim().regex(regionCodePattern, { message: 'REGION_CODE_FORMAT' }))
  .max(50);

export const createUserRequestSchema = z.strictObject({
  name: z.string().trim().min(2).max(120),
  email: emailSchema,
  role: z.enum(roles),
  locale: localeSchema.optional(),
  supervisedRegionCodes: regionCodesSchema.optional(),
});
export type CreateUserRequest = z.input<typeof createUserRequestSchema>;

export const passwordLinkSchema = z.object({
  url: z.string(),
  expiresAt: isoDateTimeSchema,
  emailed: z.boolean(),
});

export const createUserResponseSchema = z.object({ user: userSchema, passwordLink: passwordLinkSchema });

export const updateUserRequestSchema = z.strictObject({
  name: z.string().trim().min(2).max(120).optional(),
  role: z.enum(roles).optional(),
  locale: localeSchema.optional(),
  disabled: z.boolean().optional(),
  supervisedRegionCodes: regionCodesSchema.optional(),
  version: rowVersionSchema,
});
export type UpdateUserRequest = z.input<typeof updateUserRequestSchema>;

export const listUsersQuerySchema = listQuerySchema.extend({
  role: z.enum(roles).optional(),
  status: z.enum(['active', 'invited', 'disabled']).optional(),
});
export const userPageSchema = pageSchema(userSchema);
