import { z } from 'zod';
import { consentChannels, contactSalutations, legalBases, religions } from '../domain/partner-vocabulary';
import { normalizePhone } from '../domain/phone';
import { optionalText, rowVersionSchema } from './common';

export const contactFields = {
  name: z.string().trim().min(2).max(120),
  salutation: z.enum(contactSalutations).nullable().optional(),
  position: optionalText(120),
  phone: z
    .string()
    .trim()
    .max(40)
    .transform((value, ctx) => {
      const e164 = normalizePhone(value);
      if (!e164) ctx.addIssue({ code: 'custom', message: 'PHONE_INVALID' });
      return e164 ?? value;
    })
    .nullable()
    .optional(),
  whatsApp: z.boolean().optional(),
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)).nullable().optional(),
  preferences: optionalText(2000),
  sensitiveTopics: optionalText(2000),
  legalBasis: z.enum(legalBases),
  consent: z
    .strictObject({
      givenBy: z.string().trim().min(2).max(120),
      givenAt: z.iso.date(),
      channel: z.enum(consentChannels),
    })
    .nullable()
    .optional(),
  /** Kept only with a consent record (used later for religious greetings). */
  religion: z.enum(religions).nullable().optional(),
};

function consentRules(
  value: { legalBasis?: string; consent?: unknown; religion?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (value.legalBasis === 'consent' && !value.consent) {
    ctx.addIssue({ code: 'custom', path: ['consent'], message: 'CONSENT_RECORD_REQUIRED' });
  }
  if (value.religion && !value.consent) {
    ctx.addIssue({ code: 'custom', path: ['religion'], message: 'RELIGION_NEEDS_CONSENT' });
  }
}

export const createContactRequestSchema = z.strictObject(contactFields).superRefine(consentRules);
export type CreateContactRequest = z.input<typeof createContactRequestSchema>;

export const updateContactRequestSchema = z
  .strictObject({ ...z.object(contactFields).partial().shape, version: rowVersionSchema })
  .superRefine(consentRules);
