/** Tables of relationship care (the guide's section C; migration 0019); schema.ts re-exports them. */

export interface HolidaysTable {
  id: string;
  institution_id: string;
  year: number;
  date: string;
  name: string;
  kind: string;
  occasion_key: string | null;
  calendar_year_label: string | null;
  source_decree: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface OccasionsTable {
  id: string;
  institution_id: string;
  partner_id: string | null;
  kind: string;
  title: string;
  date: string;
  repeats_yearly: number;
  note: string | null;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface MessageTemplatesTable {
  id: string;
  institution_id: string;
  purpose: string;
  occasion_key: string | null;
  name: string;
  subject: string | null;
  body: string;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface OutgoingMessagesTable {
  id: string;
  institution_id: string;
  partner_id: string;
  contact_id: string | null;
  channel: string;
  purpose: string;
  template_id: string | null;
  occasion_ref: string | null;
  recipient: string;
  subject: string | null;
  body: string;
  status: string;
  interaction_id: string | null;
  created_by_user_id: string | null;
  created_at: string;
  confirmed_at: string | null;
}

export interface FeedbackRequestsTable {
  id: string;
  institution_id: string;
  partner_id: string;
  contact_id: string | null;
  public_link_id: string | null;
  status: string;
  satisfaction: number | null;
  recommend: number | null;
  improve: string | null;
  comments: string | null;
  respondent_name: string | null;
  requested_by_user_id: string | null;
  requested_at: string;
  expires_at: string;
  answered_at: string | null;
  answer_ip_address: string | null;
  answer_user_agent: string | null;
  version: number;
}

export interface GatheringsTable {
  id: string;
  institution_id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  place: string;
  agenda: string | null;
  status: string;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface GatheringInvitationsTable {
  id: string;
  institution_id: string;
  gathering_id: string;
  partner_id: string;
  contact_id: string | null;
  public_link_id: string | null;
  reply: string;
  reply_note: string | null;
  attendee_count: number | null;
  replied_at: string | null;
  attended: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ValueRecordsTable {
  id: string;
  institution_id: string;
  partner_id: string;
  kind: string;
  category: string;
  title: string;
  description: string | null;
  given_on: string;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}
