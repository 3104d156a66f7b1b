import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it. Times are ISO-8601 UTC text, booleans 0/1, JSON as text, so the
 * same rows read the same on SQLite and PostgreSQL.
 */
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

export interface AuditEventsTable {
  sequence: Generated<number>;
  id: string;
  institution_id: string | null;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  occurred_at: string;
  prev_hash: string;
  hash: string;
}

export interface Database {
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
}

/** Tables without `institution_id`, each with the reason; the convention check reads this list. */
export const serverLevelTables = {
  institutions: 'the tenants themselves',
  setup_tokens: 'exists before any institution',
  login_throttle: 'security counters keyed by account or address',
  audit_events: 'institution_id is nullable: server-level events (setup, admin) belong to none',
} as const;
