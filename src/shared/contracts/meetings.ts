import { z } from 'zod';
import { interestLevels, meetingKinds, meetingOutcomes } from '../domain/exploration-meetings';
import { idSchema, isoDateTimeSchema, optionalText, rowVersionQuerySchema, rowVersionSchema } from './common';

const attendeeName = z.string().trim().min(1).max(200);

/** Someone from the partner's side; `contactId` when they are one of its recorded contact persons. */
export const partnerAttendeeSchema = z.strictObject({
  contactId: idSchema.nullable().optional(),
  name: attendeeName,
  role: optionalText(120),
});

/** Someone from the institution; `userId` when they have an account. */
export const institutionAttendeeSchema = z.strictObject({
  userId: idSchema.nullable().optional(),
  name: attendeeName,
  role: optionalText(120),
});

export const meetingAttendeesSchema = z.strictObject({
  partner: z.array(partnerAttendeeSchema).max(50),
  institution: z.array(institutionAttendeeSchema).max(50),
});
export type MeetingAttendees = z.output<typeof meetingAttendeesSchema>;

/** A video-call link; the browser sends null for a blank field. */
const onlineLink = z
  .url({ protocol: /^https?$/, message: 'MEETING_LINK_INVALID' })
  .max(500)
  .nullable()
  .optional();

const meetingFields = {
  kind: z.enum(meetingKinds),
  title: z.string().trim().min(3).max(200),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema.nullable().optional(),
  place: optionalText(300),
  onlineLink,
  agenda: z.string().trim().min(3).max(4000),
  attendees: meetingAttendeesSchema.optional(),
};

export const createMeetingRequestSchema = z.strictObject(meetingFields);
export type CreateMeetingRequest = z.input<typeof createMeetingRequestSchema>;

/** Changes the fields sent; recording the outcome is a change of the four outcome fields. */
export const updateMeetingRequestSchema = z.strictObject({
  ...z.object(meetingFields).partial().shape,
  outcome: z.enum(meetingOutcomes).nullable().optional(),
  interestLevel: z.enum(interestLevels).nullable().optional(),
  outcomeNotes: optionalText(4000),
  nextStep: optionalText(1000),
  version: rowVersionSchema,
});
export type UpdateMeetingRequest = z.input<typeof updateMeetingRequestSchema>;

export const deleteMeetingQuerySchema = z.strictObject({ version: rowVersionQuerySchema });

export const meetingMaterialSchema = z.object({
  fileId: idSchema,
  name: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
});

export const meetingSchema = z.object({
  id: idSchema,
  partnershipId: idSchema,
  kind: z.enum(meetingKinds),
  title: z.string(),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema.nullable(),
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  agenda: z.string(),
  attendees: z.object({
    partner: z.array(
      z.object({ contactId: idSchema.nullable(), name: z.string(), role: z.string().nullable() }),
    ),
    institution: z.array(
      z.object({ userId: idSchema.nullable(), name: z.string(), role: z.string().nullable() }),
    ),
  }),
  material: meetingMaterialSchema.nullable(),
  /** Whether it has begun by the server's clock: only then can an outcome be recorded. */
  started: z.boolean(),
  outcome: z.enum(meetingOutcomes).nullable(),
  interestLevel: z.enum(interestLevels).nullable(),
  outcomeNotes: z.string().nullable(),
  nextStep: z.string().nullable(),
  createdByUserId: idSchema.nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;

/** Upcoming meetings first (soonest first), then past ones (latest first). */
export const meetingListSchema = z.object({ items: z.array(meetingSchema) });

export const invitationContactSchema = z.object({
  contactId: idSchema,
  name: z.string(),
  position: z.string().nullable(),
  partnerId: idSchema,
  partnerName: z.string(),
  /** E.164. */
  phone: z.string().nullable(),
  whatsApp: z.boolean(),
  /** `https://wa.me/<digits>?text=…`: opens a draft, nothing is sent by itself. */
  whatsAppUrl: z.string().nullable(),
  email: z.string().nullable(),
  mailtoUrl: z.string().nullable(),
  /** Named among the meeting's partner-side attendees. */
  attending: z.boolean(),
});

export const meetingInvitationSchema = z.object({
  subject: z.string(),
  /** The message with a general "Bapak/Ibu" greeting; each contact's links greet them by name. */
  text: z.string(),
  contacts: z.array(invitationContactSchema),
});
export type MeetingInvitation = z.infer<typeof meetingInvitationSchema>;
