/** Tables of the analysis module (guide step 3; migration 0009); schema.ts re-exports them. */

/** The institution's needs (step 3); `item` is one of shared/domain/partner-vocabulary.ts exchangeItems. */
export interface NeedsTable {
  id: string;
  institution_id: string;
  title: string;
  item: string;
  /** high | medium | low */
  priority: string;
  quantity: number | null;
  period_start: string | null;
  period_end: string | null;
  programme: string | null;
  notes: string | null;
  /** open | met | dropped */
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Decisions on a partner for a need, append-only; the newest per (need, partner) is current. */
export interface NeedDecisionsTable {
  id: string;
  institution_id: string;
  need_id: string;
  partner_id: string;
  /** pursue | not_now | not_relevant */
  decision: string;
  reason: string | null;
  partnership_id: string | null;
  decided_by_user_id: string | null;
  decided_at: string;
}
