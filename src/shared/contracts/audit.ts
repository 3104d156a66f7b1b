import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, listQuerySchema, pageSchema } from './common';

export const auditEventSchema = z.object({
  id: idSchema,
  sequence: z.number().int(),
  institutionId: idSchema.nullable(),
  actorUserId: idSchema.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  occurredAt: isoDateTimeSchema,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const listAuditEventsQuerySchema = listQuerySchema.extend({
  action: z.string().trim().max(80).optional(),
  entityType: z.string().trim().max(80).optional(),
  entityId: z.string().trim().max(64).optional(),
  actorUserId: z.string().trim().max(64).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export const auditEventPageSchema = pageSchema(auditEventSchema);
