import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  prefix: z.string(),
  ownerName: z.string(),
  createdAt: isoDateTimeSchema,
  lastUsedAt: isoDateTimeSchema.nullable(),
  revokedAt: isoDateTimeSchema.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenRequestSchema = z.strictObject({ name: z.string().trim().min(2).max(80) });
export const createApiTokenResponseSchema = z.object({ apiToken: apiTokenSchema, secret: z.string() });
export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });
