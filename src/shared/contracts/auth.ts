import { z } from 'zod';
import { permissions, roles } from '../domain/roles';
import { institutionKinds, timeZones } from '../domain/institution-kinds';
import { idSchema } from './common';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** Length only: strength (common passwords, email inside) is judged by the server. */
export const newPasswordSchema = z.string().min(8).max(256);
export const localeSchema = z.enum(['id', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(256),
});

export const meResponseSchema = z.object({
  user: z.object({
    id: idSchema,
    name: z.string(),
    email: z.string(),
    role: z.enum(roles),
    locale: localeSchema,
  }),
  institution: z.object({
    id: idSchema,
    name: z.string(),
    kind: z.enum(institutionKinds),
    timeZone: z.enum(timeZones),
  }),
  permissions: z.array(z.enum(permissions)),
  supervisedRegionCodes: z.array(z.string()),
  csrfToken: z.string().nullable(),
});
export type Me = z.infer<typeof meResponseSchema>;

export const passwordLinkInfoQuerySchema = z.strictObject({ token: z.string().min(10).max(200) });
export const passwordLinkInfoResponseSchema = z.object({
  name: z.string(),
  email: z.string(),
  institutionName: z.string(),
});

export const setPasswordRequestSchema = z.strictObject({
  token: z.string().min(10).max(200),
  password: newPasswordSchema,
});

export const setupStatusResponseSchema = z.object({ needsSetup: z.boolean() });

export const setupRequestSchema = z.strictObject({
  token: z.string().min(10).max(200),
  institutionName: z.string().trim().min(3).max(200),
  institutionKind: z.enum(institutionKinds),
  timeZone: z.enum(timeZones),
  managerName: z.string().trim().min(2).max(120),
  email: emailSchema,
  password: newPasswordSchema,
});
