import type { Generated } from 'kysely';

/** The hash-chained audit log and the Kemendagri regions; schema.ts re-exports them. */
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
  /** SHA-256 of the payload as written; the chain covers these, so a redacted payload keeps it. */
  before_sha256: string | null;
  after_sha256: string | null;
  /** Set when erasure replaced personal data in the payloads (ADR 0030). */
  redacted_at: string | null;
  request_id: string | null;
  occurred_at: string;
  prev_hash: string;
  hash: string;
}

/** Server-level reference data: Kemendagri regions, the same for every institution. */
export interface RegionsTable {
  code: string;
  parent_code: string | null;
  /** province | regency | district | village */
  level: string;
  /** Display form ("Kota Banjarbaru"). */
  name: string;
  /** Lower-case name, for matching typed or imported names. */
  name_key: string;
}
