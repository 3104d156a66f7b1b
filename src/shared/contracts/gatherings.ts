import { z } from 'zod';
import { gatheringStatuses, invitationReplies } from '../domain/care-vocabulary';
import { idSchema, isoDateTimeSchema, rowVersionSchema } from './common';

export const gatheringCountsSchema = z.object({
  invited: z.number().int(),
  attending: z.number().int(),
  declined: z.number().int(),
  maybe: z.number().int(),
  pending: z.number().int(),
  /** People the attending partners said they bring. */
  attendingPeople: z.number().int(),
  attended: z.number().int(),
});

export const gatheringSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  place: z.string(),
  agenda: z.string().nullable(),
  status: z.enum(gatheringStatuses),
  counts: gatheringCountsSchema,
  version: z.number().int(),
});
export type GatheringSummary = z.infer<typeof gatheringSummarySchema>;

export const invitationSchema = z.object({
  id: idSchema,
  partnerId: idSchema,
  partnerName: z.string(),
  contactId: idSchema.nullable(),
  contactName: z.string().nullable(),
  reply: z.enum(invitationReplies),
  replyNote: z.string().nullable(),
  attendeeCount: z.number().int().nullable(),
  repliedAt: isoDateTimeSchema.nullable(),
  /** null until marked on the day. */
  attended: z.boolean().nullable(),
  version: z.number().int(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const gatheringSchema = gatheringSummarySchema.extend({
  invitations: z.array(invitationSchema),
  timeZone: z.string(),
});
export type Gathering = z.infer<typeof gatheringSchema>;

export const gatheringListSchema = z.object({ items: z.array(gatheringSummarySchema) });

const gatheringFields = {
  title: z.string().trim().min(2).max(200),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  place: z.string().trim().min(2).max(300),
  agenda: z.string().trim().max(4000).nullable().optional(),
};

export const createGatheringRequestSchema = z
  .strictObject(gatheringFields)
  .refine((g) => Date.parse(g.endsAt) > Date.parse(g.startsAt), {
    message: 'GATHERING_ENDS_BEFORE_START',
    path: ['endsAt'],
  });
export type CreateGatheringRequest = z.input<typeof createGatheringRequestSchema>;

export const updateGatheringRequestSchema = z.strictObject({
  ...z.object(gatheringFields).partial().shape,
  status: z.enum(gatheringStatuses).optional(),
  version: rowVersionSchema,
});
export type UpdateGatheringRequest = z.input<typeof updateGatheringRequestSchema>;

export const inviteRequestSchema = z.strictObject({
  partnerIds: z.array(idSchema).min(1).max(200),
  /** A contact per partner to address (optional): the partner's first contact otherwise. */
  contactIds: z.array(idSchema).max(200).optional(),
});
export type InviteRequest = z.input<typeof inviteRequestSchema>;

/** A fresh invitation with its link: the token is shown once, inside the URL. */
export const issuedInvitationSchema = z.object({
  invitation: invitationSchema,
  url: z.string(),
  expiresAt: isoDateTimeSchema,
  whatsAppText: z.string(),
  whatsAppUrl: z.string(),
});
export type IssuedInvitation = z.infer<typeof issuedInvitationSchema>;

export const inviteResponseSchema = z.object({ items: z.array(issuedInvitationSchema) });
export type InviteResponse = z.infer<typeof inviteResponseSchema>;

export const attendanceRequestSchema = z.strictObject({
  items: z
    .array(z.strictObject({ invitationId: idSchema, attended: z.boolean() }))
    .min(1)
    .max(500),
});
export type AttendanceRequest = z.input<typeof attendanceRequestSchema>;

export const publicInvitationParamsSchema = z.strictObject({
  id: idSchema,
  token: z.string().min(10).max(200),
});

export const publicInvitationSchema = z.object({
  institutionName: z.string(),
  partnerName: z.string(),
  contactName: z.string().nullable(),
  title: z.string(),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  place: z.string(),
  agenda: z.string().nullable(),
  status: z.enum(gatheringStatuses),
  timeZone: z.string(),
  reply: z.enum(invitationReplies),
  replyNote: z.string().nullable(),
  attendeeCount: z.number().int().nullable(),
  repliedAt: isoDateTimeSchema.nullable(),
});
export type PublicInvitation = z.infer<typeof publicInvitationSchema>;

export const invitationReplyRequestSchema = z
  .strictObject({
    reply: z.enum(['attending', 'declined', 'maybe']),
    attendeeCount: z.number().int().min(1).max(50).nullable().optional(),
    note: z.string().trim().max(1000).nullable().optional(),
  })
  .refine((r) => r.reply !== 'attending' || (r.attendeeCount ?? 0) >= 1, {
    message: 'ATTENDEE_COUNT_REQUIRED',
    path: ['attendeeCount'],
  });
export type InvitationReplyRequest = z.input<typeof invitationReplyRequestSchema>;
