import type { Db } from '../../db/database';
import { computeAuditHash, genesisHash } from './record-audit-event';

export type AuditChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; sequence: number; id: string; reason: 'HASH_MISMATCH' | 'CHAIN_BROKEN' };

const batchSize = 1000;

/** Walks the chain in sequence order and reports the first row whose hash or link does not hold. */
export async function verifyAuditChain(db: Db): Promise<AuditChainVerdict> {
  let expectedPrev = genesisHash;
  let checked = 0;
  let after = -1;
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
      if (computeAuditHash(row) !== row.hash) {
        return { ok: false, checked, sequence: row.sequence, id: row.id, reason: 'HASH_MISMATCH' };
      }
      expectedPrev = row.hash;
      checked += 1;
      after = row.sequence;
    }
    if (rows.length < batchSize) return { ok: true, checked };
  }
}
