import { z } from 'zod';
import { valueCategories, valueRecordKinds } from '../domain/care-vocabulary';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  listQuerySchema,
  optionalText,
  pageSchema,
  rowVersionQuerySchema,
  rowVersionSchema,
} from './common';

export const valueRecordSchema = z.object({
  id: idSchema,
  partnerId: idSchema,
  partnerName: z.string(),
  kind: z.enum(valueRecordKinds),
  category: z.enum(valueCategories),
  title: z.string(),
  description: z.string().nullable(),
  givenOn: isoDateSchema,
  version: z.number().int(),
  createdByUserId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type ValueRecord = z.infer<typeof valueRecordSchema>;

export const createValueRecordSchema = z.strictObject({
  kind: z.enum(valueRecordKinds),
  category: z.enum(valueCategories),
  title: z.string().trim().min(2).max(200),
  description: optionalText(4000),
  givenOn: isoDateSchema,
});
export type CreateValueRecordRequest = z.input<typeof createValueRecordSchema>;

export const updateValueRecordSchema = createValueRecordSchema
  .partial()
  .extend({ version: rowVersionSchema });

export const deleteValueRecordQuerySchema = z.strictObject({ version: rowVersionQuerySchema });

export const valueRecordListSchema = z.object({ items: z.array(valueRecordSchema) });

export const listValueRecordsQuerySchema = listQuerySchema
  .extend({
    kind: z.enum(valueRecordKinds).optional(),
    partnerId: idSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'PERIOD_INVALID', path: ['to'] });
export const valueRecordPageSchema = pageSchema(valueRecordSchema);
