/** Words of relationship care (the guide's section C): occasions, messages, feedback, gatherings, value. */

export const holidayKinds = ['national_holiday', 'cuti_bersama'] as const;
export type HolidayKind = (typeof holidayKinds)[number];

/** Custom occasions the institution enters; anniversaries and holidays are read from elsewhere. */
export const occasionKinds = ['product_launch', 'custom'] as const;
export type OccasionKind = (typeof occasionKinds)[number];

/** Everything the occasions calendar shows. */
export const calendarOccasionKinds = [
  'national_holiday',
  'cuti_bersama',
  'agreement_anniversary',
  'partner_founded',
  'product_launch',
  'custom',
] as const;
export type CalendarOccasionKind = (typeof calendarOccasionKinds)[number];

export const messagePurposes = [
  'introduction',
  'meeting_invitation',
  'follow_up',
  'thanks',
  'greeting',
] as const;
export type MessagePurpose = (typeof messagePurposes)[number];

export const messageChannels = ['whatsapp', 'email'] as const;
export type MessageChannel = (typeof messageChannels)[number];

export const outgoingMessageStatuses = ['drafted', 'sent', 'not_sent', 'failed'] as const;
export type OutgoingMessageStatus = (typeof outgoingMessageStatuses)[number];

export const feedbackStatuses = ['sent', 'answered', 'cancelled'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

export const gatheringStatuses = ['planned', 'held', 'cancelled'] as const;
export type GatheringStatus = (typeof gatheringStatuses)[number];

export const invitationReplies = ['pending', 'attending', 'declined', 'maybe'] as const;
export type InvitationReply = (typeof invitationReplies)[number];

/** Technique 4 (unique value offered) and technique 6 (given beyond the agreement). */
export const valueRecordKinds = ['unique_value', 'beyond_agreement'] as const;
export type ValueRecordKind = (typeof valueRecordKinds)[number];

export const valueCategories = [
  'workshop',
  'fact',
  'introduction',
  'new_idea',
  'new_opportunity',
  'other',
] as const;
export type ValueCategory = (typeof valueCategories)[number];

/** Why a partner is on today's agenda. */
export const agendaReasons = [
  'cadence_due',
  'occasion_coming',
  'agreement_expiring',
  'follow_up_due',
  'feedback_unanswered',
] as const;
export type AgendaReason = (typeof agendaReasons)[number];
