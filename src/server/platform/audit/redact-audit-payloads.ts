import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';

export interface AuditRedaction {
  institutionId: string;
  /** Rows about these entities, or whose payload names one of them, are candidates. */
  relatedIds: string[];
  /** Rows about this entity lose their payloads entirely; the rest are passed to `scrub`. */
  subject: { entityType: string; entityId: string };
  scrub: (json: string | null) => string | null;
  redactedAt: string;
}

/**
 * Replaces personal data in audit payloads (ADR 0030). The chain covers the payloads' digests, so
 * it still verifies; the caller lists the returned ids in its erasure event, which the verifier
 * requires of every redacted row.
 */
export async function redactAuditPayloads(
  trx: Transaction<Database>,
  redaction: AuditRedaction,
): Promise<string[]> {
  const { institutionId, relatedIds, subject } = redaction;
  const rows = await trx
    .selectFrom('audit_events')
    .select(['id', 'entity_type', 'entity_id', 'before_json', 'after_json'])
    .where('institution_id', '=', institutionId)
    .where((eb) =>
      eb.or([
        eb('entity_id', 'in', relatedIds),
        ...relatedIds.flatMap((id) => [
          eb('before_json', 'like', `%${id}%`),
          eb('after_json', 'like', `%${id}%`),
        ]),
      ]),
    )
    .orderBy('sequence')
    .execute();
  const redacted: string[] = [];
  for (const row of rows) {
    const aboutSubject = row.entity_type === subject.entityType && row.entity_id === subject.entityId;
    const erased = JSON.stringify({ erased: true });
    const before = aboutSubject && row.before_json !== null ? erased : redaction.scrub(row.before_json);
    const after = aboutSubject && row.after_json !== null ? erased : redaction.scrub(row.after_json);
    if (before === row.before_json && after === row.after_json) continue;
    await trx
      .updateTable('audit_events')
      .set({ before_json: before, after_json: after, redacted_at: redaction.redactedAt })
      .where('id', '=', row.id)
      .execute();
    redacted.push(row.id);
  }
  return redacted;
}
