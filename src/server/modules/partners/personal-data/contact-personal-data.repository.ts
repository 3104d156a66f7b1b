import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../../db/database';
import type {
  AgreementsTable,
  AuditEventsTable,
  FeedbackRequestsTable,
  GatheringInvitationsTable,
  InteractionsTable,
  OutgoingMessagesTable,
  PartnershipMeetingsTable,
} from '../../../db/schema';

export type ContactInteractionRow = Pick<
  Selectable<InteractionsTable>,
  | 'id'
  | 'kind'
  | 'approach'
  | 'occurred_at'
  | 'summary'
  | 'finding_other_notes'
  | 'follow_up_task'
  | 'version'
>;

/** The interactions the contact person took part in. */
export function listContactInteractionRows(
  db: Db,
  institutionId: string,
  contactId: string,
): Promise<ContactInteractionRow[]> {
  return db
    .selectFrom('interactions')
    .innerJoin('interaction_contacts as ic', (join) =>
      join.onRef('ic.interaction_id', '=', 'interactions.id').on('ic.contact_id', '=', contactId),
    )
    .select([
      'interactions.id',
      'interactions.kind',
      'interactions.approach',
      'interactions.occurred_at',
      'interactions.summary',
      'interactions.finding_other_notes',
      'interactions.follow_up_task',
      'interactions.version',
    ])
    .where('interactions.institution_id', '=', institutionId)
    .orderBy('interactions.occurred_at')
    .execute();
}

export type PartnerMeetingRow = Pick<
  Selectable<PartnershipMeetingsTable>,
  'id' | 'title' | 'starts_at' | 'agenda' | 'attendees_json' | 'outcome_notes'
>;

/** Meetings of the partner's partnerships: a contact person appears in their attendees. */
export function listPartnerMeetingRows(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<PartnerMeetingRow[]> {
  return db
    .selectFrom('partnership_meetings as m')
    .innerJoin('partnership_partners as pp', (join) =>
      join.onRef('pp.partnership_id', '=', 'm.partnership_id').on('pp.partner_id', '=', partnerId),
    )
    .select(['m.id', 'm.title', 'm.starts_at', 'm.agenda', 'm.attendees_json', 'm.outcome_notes'])
    .where('m.institution_id', '=', institutionId)
    .orderBy('m.starts_at')
    .execute();
}

export type PartnerAgreementRow = Pick<
  Selectable<AgreementsTable>,
  'id' | 'subject' | 'status' | 'signatories_json' | 'terms_json'
>;

export function listPartnerAgreementRows(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<PartnerAgreementRow[]> {
  return db
    .selectFrom('agreements')
    .select(['id', 'subject', 'status', 'signatories_json', 'terms_json'])
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .orderBy('created_at')
    .execute();
}

export type PartnerMessageRow = Pick<
  Selectable<OutgoingMessagesTable>,
  'id' | 'contact_id' | 'channel' | 'purpose' | 'status' | 'recipient' | 'subject' | 'body' | 'created_at'
>;

export function listPartnerMessageRows(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<PartnerMessageRow[]> {
  return db
    .selectFrom('outgoing_messages')
    .select([
      'id',
      'contact_id',
      'channel',
      'purpose',
      'status',
      'recipient',
      'subject',
      'body',
      'created_at',
    ])
    .where('institution_id', '=', institutionId)
    .where('partner_id', '=', partnerId)
    .orderBy('created_at')
    .execute();
}

export type ContactFeedbackRow = Pick<
  Selectable<FeedbackRequestsTable>,
  | 'id'
  | 'status'
  | 'satisfaction'
  | 'recommend'
  | 'improve'
  | 'comments'
  | 'respondent_name'
  | 'requested_at'
  | 'answered_at'
  | 'answer_ip_address'
>;

export function listContactFeedbackRows(
  db: Db,
  institutionId: string,
  contactId: string,
): Promise<ContactFeedbackRow[]> {
  return db
    .selectFrom('feedback_requests')
    .select([
      'id',
      'status',
      'satisfaction',
      'recommend',
      'improve',
      'comments',
      'respondent_name',
      'requested_at',
      'answered_at',
      'answer_ip_address',
    ])
    .where('institution_id', '=', institutionId)
    .where('contact_id', '=', contactId)
    .orderBy('requested_at')
    .execute();
}

export type ContactInvitationRow = Pick<
  Selectable<GatheringInvitationsTable>,
  'id' | 'gathering_id' | 'reply' | 'reply_note' | 'attendee_count' | 'replied_at' | 'attended'
>;

export function listContactInvitationRows(
  db: Db,
  institutionId: string,
  contactId: string,
): Promise<ContactInvitationRow[]> {
  return db
    .selectFrom('gathering_invitations')
    .select(['id', 'gathering_id', 'reply', 'reply_note', 'attendee_count', 'replied_at', 'attended'])
    .where('institution_id', '=', institutionId)
    .where('contact_id', '=', contactId)
    .orderBy('id')
    .execute();
}

export type ProcessingEventRow = Pick<
  Selectable<AuditEventsTable>,
  'id' | 'occurred_at' | 'action' | 'entity_type' | 'entity_id' | 'actor_name' | 'request_id'
>;

/** The audit rows about the contact person or naming them: their processing history. */
export function listContactProcessingRows(
  db: Db,
  institutionId: string,
  contactId: string,
): Promise<ProcessingEventRow[]> {
  const mention = `%${contactId}%`;
  return db
    .selectFrom('audit_events')
    .select(['id', 'occurred_at', 'action', 'entity_type', 'entity_id', 'actor_name', 'request_id'])
    .where('institution_id', '=', institutionId)
    .where((eb) =>
      eb.or([
        eb('entity_id', '=', contactId),
        eb('before_json', 'like', mention),
        eb('after_json', 'like', mention),
      ]),
    )
    .orderBy('sequence')
    .execute();
}

/** Finished imports keep the uploaded sheet and the row report: copies of every imported person. */
export function listFinishedImportFiles(
  db: Db,
  institutionId: string,
): Promise<{ id: string; input_json: string; result_file_key: string | null }[]> {
  return db
    .selectFrom('jobs')
    .select(['id', 'input_json', 'result_file_key'])
    .where('institution_id', '=', institutionId)
    .where('kind', '=', 'partners.import')
    .where('status', 'in', ['succeeded', 'failed'])
    .execute();
}

export async function forgetJobResultFile(db: Db, institutionId: string, jobId: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ result_file_key: null })
    .where('institution_id', '=', institutionId)
    .where('id', '=', jobId)
    .execute();
}

export async function updateInteractionTexts(
  db: Db,
  institutionId: string,
  id: string,
  texts: Pick<Updateable<InteractionsTable>, 'summary' | 'finding_other_notes' | 'follow_up_task'>,
): Promise<void> {
  await db
    .updateTable('interactions')
    .set(texts)
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export async function deleteContactInteractionLinks(
  db: Db,
  institutionId: string,
  contactId: string,
): Promise<void> {
  await db
    .deleteFrom('interaction_contacts')
    .where('institution_id', '=', institutionId)
    .where('contact_id', '=', contactId)
    .execute();
}

export async function updateMeetingTexts(
  db: Db,
  institutionId: string,
  id: string,
  texts: Pick<Updateable<PartnershipMeetingsTable>, 'agenda' | 'attendees_json' | 'outcome_notes'>,
): Promise<void> {
  await db
    .updateTable('partnership_meetings')
    .set(texts)
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export async function updateAgreementTexts(
  db: Db,
  institutionId: string,
  id: string,
  texts: Pick<Updateable<AgreementsTable>, 'signatories_json' | 'terms_json'>,
): Promise<void> {
  await db
    .updateTable('agreements')
    .set(texts)
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export async function updateMessageTexts(
  db: Db,
  institutionId: string,
  id: string,
  texts: Pick<Updateable<OutgoingMessagesTable>, 'contact_id' | 'recipient' | 'subject' | 'body'>,
): Promise<void> {
  await db
    .updateTable('outgoing_messages')
    .set(texts)
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export async function updateFeedbackTexts(
  db: Db,
  institutionId: string,
  id: string,
  texts: Pick<
    Updateable<FeedbackRequestsTable>,
    'contact_id' | 'improve' | 'comments' | 'respondent_name' | 'answer_ip_address'
  >,
): Promise<void> {
  await db
    .updateTable('feedback_requests')
    .set(texts)
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}

export async function updateInvitationTexts(
  db: Db,
  institutionId: string,
  id: string,
  texts: Pick<Updateable<GatheringInvitationsTable>, 'contact_id' | 'reply_note'>,
): Promise<void> {
  await db
    .updateTable('gathering_invitations')
    .set(texts)
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .execute();
}
