/** Tables of the reminder engine (migration 0020); schema.ts re-exports them. */

export interface ScheduledRunsTable {
  task: string;
  slot_key: string;
  status: 'running' | 'done';
  owner: string;
  lease_until: string;
  started_at: string;
  finished_at: string | null;
  attempts: number;
}

export interface NotificationsTable {
  id: string;
  institution_id: string;
  user_id: string;
  reason: string;
  dedupe_key: string;
  partner_id: string | null;
  partner_name: string | null;
  subject_type: string;
  subject_id: string;
  due_on: string;
  detail: string | null;
  created_at: string;
  read_at: string | null;
  digest_sent_at: string | null;
  digest_claim: string | null;
  digest_claim_until: string | null;
}

export interface CalendarFeedsTable {
  id: string;
  institution_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** The reminder engine's part of the Database interface (schema.ts extends it). */
export interface NotificationTables {
  scheduled_runs: ScheduledRunsTable;
  notifications: NotificationsTable;
  calendar_feeds: CalendarFeedsTable;
}
