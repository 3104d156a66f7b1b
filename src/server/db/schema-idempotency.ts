/** Exactly-once POSTs (migration 0025, ADR 0032); schema.ts extends IdempotencyTables. */
export interface IdempotencyKeysTable {
  institution_id: string;
  user_id: string;
  /** The client's `Idempotency-Key`; unique within the institution. */
  key: string;
  /** Method and route pattern: `POST /interactions/:id/attachments`. */
  route: string;
  /** SHA-256 hex of the canonical params, query, body and uploaded files' digests. */
  request_digest: string;
  request_id: string;
  /** The entity the first audit row of the change named (the answer when none is stored). */
  entity_type: string;
  entity_id: string | null;
  /** The answer, stored after the commit; null in flight, after a crash, or once erased. */
  response_status: number | null;
  response_body: string | null;
  created_at: string;
}

export interface IdempotencyTables {
  idempotency_keys: IdempotencyKeysTable;
}
