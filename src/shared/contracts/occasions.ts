import { z } from 'zod';
import { calendarOccasionKinds, holidayKinds, occasionKinds } from '../domain/care-vocabulary';
import { holidayOccasionKeys } from '../domain/official-holidays';
import { idSchema, isoDateSchema, rowVersionQuerySchema, rowVersionSchema } from './common';

/** Where a year's holiday list comes from: the institution's own copy, the shipped decree, or computed. */
export const holidaySources = ['institution', 'official', 'provisional'] as const;

export const holidaySchema = z.object({
  /** A stored row's id, or for a year not yet copied, a stable id like `official-2026-03-21-national_holiday`. */
  id: idSchema,
  year: z.number().int(),
  date: isoDateSchema,
  name: z.string(),
  kind: z.enum(holidayKinds),
  occasionKey: z.string().nullable(),
  calendarYearLabel: z.string().nullable(),
  sourceDecree: z.string().nullable(),
  /** Computed, not decreed: shown as "perkiraan". */
  provisional: z.boolean(),
  version: z.number().int(),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const holidayYearSchema = z.object({
  year: z.number().int(),
  source: z.enum(holidaySources),
  /** Whether the institution gives cuti bersama days off (and shows them among occasions). */
  observesCutiBersama: z.boolean(),
  items: z.array(holidaySchema),
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;

export const holidayYearQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
});

const holidayFields = {
  date: isoDateSchema,
  name: z.string().trim().min(2).max(200),
  kind: z.enum(holidayKinds),
  occasionKey: z.enum(holidayOccasionKeys).nullable().optional(),
  calendarYearLabel: z.string().trim().max(40).nullable().optional(),
  sourceDecree: z.string().trim().max(300).nullable().optional(),
};

export const createHolidayRequestSchema = z.strictObject(holidayFields);
export type CreateHolidayRequest = z.input<typeof createHolidayRequestSchema>;

export const updateHolidayRequestSchema = z.strictObject({
  ...z.object(holidayFields).partial().shape,
  version: rowVersionSchema,
});
export type UpdateHolidayRequest = z.input<typeof updateHolidayRequestSchema>;

export const versionQuerySchema = z.strictObject({ version: rowVersionQuerySchema });

export const holidaySettingsSchema = z.strictObject({ observesCutiBersama: z.boolean() });
export type HolidaySettings = z.infer<typeof holidaySettingsSchema>;

/** One day on the occasions calendar, whatever it comes from. */
export const calendarOccasionSchema = z.object({
  /** The ref: "holiday:<id>", "occasion:<id>", "anniversary:<agreement id>@<year>", "founded:<partner id>@<year>". */
  id: z.string(),
  kind: z.enum(calendarOccasionKinds),
  date: isoDateSchema,
  /** In the data's own words: the holiday's official name, the occasion's title, the partner's name. */
  title: z.string(),
  partnerId: idSchema.nullable(),
  partnerName: z.string().nullable(),
  /** idulfitri, natal, … for holidays; anniversary, partner_founded, product_launch; null for custom. */
  occasionKey: z.string().nullable(),
  calendarYearLabel: z.string().nullable(),
  /** For anniversaries: how many years. */
  years: z.number().int().nullable(),
  /** Whether partners are greeted on it (the "Kirim ucapan" button). */
  greeting: z.boolean(),
  provisional: z.boolean(),
  /** The stored custom occasion behind it, for editing. */
  occasionId: idSchema.nullable(),
});
export type CalendarOccasion = z.infer<typeof calendarOccasionSchema>;

export const calendarOccasionsQuerySchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .refine((q) => q.from <= q.to, { message: 'OCCASION_RANGE_INVALID', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 3 * 366 * 86_400_000, {
    message: 'OCCASION_RANGE_INVALID',
    path: ['to'],
  });

export const calendarOccasionListSchema = z.object({ items: z.array(calendarOccasionSchema) });
export type CalendarOccasionList = z.infer<typeof calendarOccasionListSchema>;

export const occasionSchema = z.object({
  id: idSchema,
  partnerId: idSchema.nullable(),
  kind: z.enum(occasionKinds),
  title: z.string(),
  date: isoDateSchema,
  repeatsYearly: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type Occasion = z.infer<typeof occasionSchema>;

export const occasionListSchema = z.object({ items: z.array(occasionSchema) });

const occasionFields = {
  partnerId: idSchema.nullable().optional(),
  kind: z.enum(occasionKinds),
  title: z.string().trim().min(2).max(200),
  date: isoDateSchema,
  repeatsYearly: z.boolean().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
};

export const createOccasionRequestSchema = z.strictObject(occasionFields);
export type CreateOccasionRequest = z.input<typeof createOccasionRequestSchema>;

export const updateOccasionRequestSchema = z.strictObject({
  ...z.object(occasionFields).partial().shape,
  version: rowVersionSchema,
});
export type UpdateOccasionRequest = z.input<typeof updateOccasionRequestSchema>;
