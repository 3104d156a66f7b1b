import type {
  PublicLinksTable,
  AgreementsTable,
  AgreementVersionsTable,
  ClauseTemplatesTable,
  AgreementNumberCountersTable,
  AgreementCommentsTable,
  AgreementSignaturesTable,
  AgreementMeteraiNotesTable,
} from './schema-agreements';
import type { Generated } from 'kysely';
import type { WorkPlanItemsTable, WorkPlanReviewsTable, WorkPlansTable } from './schema-work-plans';
import type {
  ActivitiesTable,
  ActivityEvidenceTable,
  MonitoringVisitsTable,
  PartnershipProblemsTable,
} from './schema-implementation';
import type {
  EvaluationImprovementsTable,
  EvaluationItemsTable,
  EvaluationsTable,
  FollowUpPlanRowsTable,
} from './schema-evaluations';
import type { NeedDecisionsTable, NeedsTable } from './schema-needs';
import type {
  FeedbackRequestsTable,
  GatheringInvitationsTable,
  GatheringsTable,
  HolidaysTable,
  MessageTemplatesTable,
  OccasionsTable,
  OutgoingMessagesTable,
  ValueRecordsTable,
} from './schema-care';
import type { NotificationTables } from './schema-notifications';
import type { ReportTables } from './schema-reports';
import type { IdempotencyTables } from './schema-idempotency';
import type { AuditEventsTable, RegionsTable } from './schema-audit-and-regions';
export type * from './schema-care';
export type * from './schema-notifications';
export type * from './schema-reports';
export type * from './schema-idempotency';
export type * from './schema-audit-and-regions';
export type * from './schema-needs';
export type * from './schema-agreements';
export type * from './schema-work-plans';
export type * from './schema-implementation';
export type * from './schema-evaluations';
/** The database as Kysely sees it: ISO-8601 UTC text times, 0/1 booleans, JSON as text, on both dialects. */
export interface InstitutionsTable {
  id: string;
  name: string;
  kind: string;
  npsn: string | null;
  address: string | null;
  region_code: string | null;
  time_zone: string;
  operating_licence_number: string | null;
  operating_licence_issued_on: string | null;
  accreditation_body: string | null;
  accreditation_grade: string | null;
  accreditation_decree_number: string | null;
  accreditation_expires_on: string | null;
  unit_code: string | null;
  document_number_pattern: string;
  document_locale: string;
  logo_file_id: string | null;
  /** Where the institution stands on the district map (migration 0021). */
  latitude: number | null;
  longitude: number | null;
  /** 1: cuti bersama days are observed and shown among occasions (migration 0019). */
  observes_cuti_bersama: Generated<number>;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  institution_id: string;
  email: string;
  name: string;
  role: string;
  locale: string;
  password_hash: string | null;
  disabled_at: string | null;
  last_login_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SupervisedRegionsTable {
  institution_id: string;
  user_id: string;
  region_code: string;
}

export interface SessionsTable {
  id: string;
  institution_id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  institution_id: string;
  user_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface PasswordLinksTable {
  id: string;
  institution_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Server-level: the one-time link that creates the first institution; belongs to no tenant. */
export interface SetupTokensTable {
  id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Server-level security state, keyed by account or address; not tenant data. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface InteractionAttachmentsTable {
  id: string;
  institution_id: string;
  interaction_id: string;
  file_id: string;
  /** `photo` | `document` */
  kind: string;
  caption: string | null;
  created_by_user_id: string | null;
  created_at: string;
}

export interface FilesTable {
  id: string;
  institution_id: string;
  purpose: string;
  original_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_by: string | null;
  created_at: string;
}

export interface PartnersTable {
  id: string;
  institution_id: string;
  name: string;
  name_key: string;
  category: string;
  size: string | null;
  sector: string | null;
  description: string | null;
  characteristics: string | null;
  scope: string;
  province_code: string;
  regency_code: string;
  district_code: string | null;
  village_code: string | null;
  region_code: string;
  address: string | null;
  lat: number | null;
  lng: number | null;
  website: string | null;
  social_links_json: string;
  source: string | null;
  facilitator_user_id: string | null;
  nib: string | null;
  npwp: string | null;
  kbli_code: string | null;
  kbli_version: string | null;
  cooperative_legal_number: string | null;
  /** Fingerprint of the spreadsheet row the partner was imported from (idempotent re-runs). */
  import_key: string | null;
  /** Days between contacts; null: the default for its category and stage. */
  contact_cadence_days: number | null;
  founded_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PartnerTagsTable {
  institution_id: string;
  partner_id: string;
  tag: string;
}

export interface PartnerExchangeItemsTable {
  institution_id: string;
  partner_id: string;
  direction: 'need' | 'offer';
  item: string;
}

export interface PartnerContactsTable {
  id: string;
  institution_id: string;
  partner_id: string;
  name: string;
  position: string | null;
  phone: string | null;
  whatsapp: number;
  email: string | null;
  preferences: string | null;
  sensitive_topics: string | null;
  legal_basis: string;
  consent_given_by: string | null;
  consent_given_at: string | null;
  consent_channel: string | null;
  religion: string | null;
  consent_withdrawn_at: string | null;
  salutation: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PartnerCategoriesTable {
  institution_id: string;
  code: string;
  name: string;
  created_at: string;
}

/**
 * One text per partner (names, contacts, phones, emails), indexed per institution: on SQLite by the
 * FTS5 table `partner_search_fts` that triggers keep in step (migration 0006), on PostgreSQL by a
 * GIN index over (institution_id, body trigrams).
 */
export interface PartnerSearchTable {
  partner_id: string;
  institution_id: string;
  body: string;
}

/** Long work (imports, large exports, reports): queued, run in the background, polled by the UI. */
export interface JobsTable {
  id: string;
  institution_id: string;
  kind: string;
  /** queued | running | succeeded | failed */
  status: string;
  progress: number;
  input_json: string;
  result_json: string | null;
  result_file_key: string | null;
  error_code: string | null;
  created_by_user_id: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  /** The runner (one per process) holding the job; it runs the job only while its lease lasts. */
  claimed_by: string | null;
  lease_until: string | null;
}

/** Where a merged-away partner went (its row is gone); readers follow the chain to a live partner. */
export interface PartnerMergesTable {
  institution_id: string;
  duplicate_id: string;
  kept_id: string;
  merged_at: string;
  merged_by_user_id: string | null;
}

/** A partnership for a programme (issue 4); `stage` follows shared/domain/partnership-stages.ts. */
export interface PartnershipsTable {
  id: string;
  institution_id: string;
  name: string;
  programme: string | null;
  pattern: string | null;
  facilitator_user_id: string | null;
  cycle_years_json: string;
  stage: string;
  stage_changed_at: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PartnershipPartnersTable {
  institution_id: string;
  partnership_id: string;
  partner_id: string;
}

/** Every stage move with the facts it was decided on; the first row records the creation. */
export interface PartnershipStageEventsTable {
  id: string;
  institution_id: string;
  partnership_id: string;
  from_stage: string | null;
  to_stage: string;
  gate: string | null;
  facts_json: string;
  reason: string | null;
  by_user_id: string | null;
  at: string;
  /** 1 on the first event of a partnership entered at a later stage (its gates never checked). */
  entered: Generated<number>;
}

/** The institution's own partnership patterns (`custom:<slug>`) beside the guide's four. */
export interface PartnershipPatternsTable {
  institution_id: string;
  code: string;
  name: string;
  description: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The contact log (step 2 and after). */
export interface InteractionsTable {
  id: string;
  institution_id: string;
  partnership_id: string | null;
  kind: string;
  approach: string;
  occurred_at: string;
  summary: string | null;
  finding_goals: string | null;
  finding_scope_of_work: string | null;
  finding_field: string | null;
  finding_vision: string | null;
  finding_mission: string | null;
  finding_needs: string | null;
  finding_offers: string | null;
  finding_other_notes: string | null;
  has_findings: number;
  staff_user_ids_json: string;
  follow_up_task: string | null;
  follow_up_due_on: string | null;
  follow_up_done_at: string | null;
  follow_up_done_by_user_id: string | null;
  created_by_user_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Exploration meetings (guide step 4); attendees and their names as JSON (see the migration). */
export interface PartnershipMeetingsTable {
  id: string;
  institution_id: string;
  partnership_id: string;
  kind: string;
  title: string;
  starts_at: string;
  ends_at: string | null;
  place: string | null;
  online_link: string | null;
  agenda: string;
  attendees_json: string;
  material_file_id: string | null;
  outcome: string | null;
  interest_level: string | null;
  outcome_notes: string | null;
  next_step: string | null;
  version: number;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface InteractionPartnersTable {
  institution_id: string;
  interaction_id: string;
  partner_id: string;
}

export interface InteractionContactsTable {
  institution_id: string;
  interaction_id: string;
  contact_id: string;
}

export interface Database extends NotificationTables, ReportTables, IdempotencyTables {
  activities: ActivitiesTable;
  activity_evidence: ActivityEvidenceTable;
  partnership_problems: PartnershipProblemsTable;
  monitoring_visits: MonitoringVisitsTable;
  evaluations: EvaluationsTable;
  holidays: HolidaysTable;
  occasions: OccasionsTable;
  message_templates: MessageTemplatesTable;
  outgoing_messages: OutgoingMessagesTable;
  feedback_requests: FeedbackRequestsTable;
  gatherings: GatheringsTable;
  gathering_invitations: GatheringInvitationsTable;
  value_records: ValueRecordsTable;
  evaluation_items: EvaluationItemsTable;
  evaluation_improvements: EvaluationImprovementsTable;
  follow_up_plan_rows: FollowUpPlanRowsTable;
  needs: NeedsTable;
  need_decisions: NeedDecisionsTable;
  agreements: AgreementsTable;
  agreement_versions: AgreementVersionsTable;
  clause_templates: ClauseTemplatesTable;
  agreement_number_counters: AgreementNumberCountersTable;
  agreement_comments: AgreementCommentsTable;
  agreement_signatures: AgreementSignaturesTable;
  agreement_meterai_notes: AgreementMeteraiNotesTable;
  public_links: PublicLinksTable;
  work_plans: WorkPlansTable;
  work_plan_items: WorkPlanItemsTable;
  work_plan_reviews: WorkPlanReviewsTable;
  partnerships: PartnershipsTable;
  partnership_partners: PartnershipPartnersTable;
  partnership_stage_events: PartnershipStageEventsTable;
  partnership_meetings: PartnershipMeetingsTable;
  partnership_patterns: PartnershipPatternsTable;
  interactions: InteractionsTable;
  interaction_partners: InteractionPartnersTable;
  interaction_contacts: InteractionContactsTable;
  interaction_attachments: InteractionAttachmentsTable;
  jobs: JobsTable;
  partners: PartnersTable;
  partner_tags: PartnerTagsTable;
  partner_exchange_items: PartnerExchangeItemsTable;
  partner_contacts: PartnerContactsTable;
  partner_categories: PartnerCategoriesTable;
  partner_search: PartnerSearchTable;
  partner_merges: PartnerMergesTable;
  institutions: InstitutionsTable;
  users: UsersTable;
  supervised_regions: SupervisedRegionsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  password_links: PasswordLinksTable;
  setup_tokens: SetupTokensTable;
  login_throttle: LoginThrottleTable;
  files: FilesTable;
  audit_events: AuditEventsTable;
  regions: RegionsTable;
}

/** Tables without `institution_id`, each with the reason; the convention check reads this list. */
export const serverLevelTables = {
  institutions: 'the tenants themselves',
  setup_tokens: 'exists before any institution',
  login_throttle: 'security counters keyed by account or address',
  audit_events: 'institution_id is nullable: server-level events (setup, admin) belong to none',
  regions: 'Kemendagri reference data (idn-area-data), the same for every institution',
  scheduled_runs: 'claims of scheduled runs across processes; slot keys name the institution',
} as const;
