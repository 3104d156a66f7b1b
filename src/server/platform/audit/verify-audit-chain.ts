import type { Db } from '../../db/database';
import { computeAuditHash, genesisHash, payloadDigest } from './record-audit-event';

export type AuditChainVerdict =
  | { ok: true; checked: number }
  | {
      ok: false;
      checked: number;
      sequence: number;
      id: string;
      reason: 'HASH_MISMATCH' | 'CHAIN_BROKEN' | 'REDACTION_UNACCOUNTED';
    };

/** The audit action whose `after.redactedAuditEventIds` accounts for the payloads an erasure redacted. */
export const erasureAuditAction = 'contact.erased';

const batchSize = 1000;

function redactedIdsOf(afterJson: string | null): string[] {
  const after = afterJson === null ? null : (JSON.parse(afterJson) as unknown);
  if (typeof after !== 'object' || after === null || !('redactedAuditEventIds' in after)) return [];
  const ids = after.redactedAuditEventIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Walks the chain in sequence order and reports the first row whose hash, link or payload does not
 * hold. A redacted payload cannot be checked against its digest, so a redacted row must instead be
 * named by a later erasure row; one that is not is reported too.
 */
export async function verifyAuditChain(db: Db): Promise<AuditChainVerdict> {
  let expectedPrev = genesisHash;
  let checked = 0;
  let after = -1;
  const unaccounted = new Map<string, number>();
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('sequence', '>', after)
      .orderBy('sequence')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      if (row.prev_hash !== expectedPrev) {
        return { ok: false, checked, sequence: row.sequence, id: row.id, reason: 'CHAIN_BROKEN' };
      }
      const payloadsHold =
        row.redacted_at !== null ||
        (payloadDigest(row.before_json) === row.before_sha256 &&
          payloadDigest(row.after_json) === row.after_sha256);
      if (!payloadsHold || computeAuditHash(row) !== row.hash) {
        return { ok: false, checked, sequence: row.sequence, id: row.id, reason: 'HASH_MISMATCH' };
      }
      if (row.redacted_at !== null) unaccounted.set(row.id, row.sequence);
      if (row.action === erasureAuditAction) {
        for (const id of redactedIdsOf(row.after_json)) unaccounted.delete(id);
      }
      expectedPrev = row.hash;
      checked += 1;
      after = row.sequence;
    }
    if (rows.length < batchSize) break;
  }
  // Rows enter the map in sequence order, so the first left is the earliest unaccounted one.
  const [first] = unaccounted.entries();
  if (first) {
    return { ok: false, checked, sequence: first[1], id: first[0], reason: 'REDACTION_UNACCOUNTED' };
  }
  return { ok: true, checked };
}
