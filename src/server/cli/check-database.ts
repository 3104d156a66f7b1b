import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/database';
import { verifyAuditChain, type AuditChainVerdict } from '../platform/audit/verify-audit-chain';

export interface DatabaseCheck {
  integrity: string;
  rowCounts: Record<string, number>;
  auditChain: AuditChainVerdict;
}

/** Integrity check (SQLite), row counts per table, and the audit chain: what a restore must pass. */
export async function checkDatabase(handle: DatabaseHandle): Promise<DatabaseCheck> {
  const integrity = handle.sqlite ? String(handle.sqlite.pragma('integrity_check', { simple: true })) : 'ok';
  const tables = (await handle.db.introspection.getTables())
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_'));
  const rowCounts: Record<string, number> = {};
  for (const table of tables.sort()) {
    const result = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(handle.db);
    rowCounts[table] = Number(result.rows[0]?.n ?? 0);
  }
  return { integrity, rowCounts, auditChain: await verifyAuditChain(handle.db) };
}
