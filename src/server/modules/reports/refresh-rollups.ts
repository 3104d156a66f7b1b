import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { sql } from 'kysely';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { localDateOf } from '../../../shared/domain/local-date';
import { dialectOf } from '../../db/dialect-of';
import type { AppDeps } from '../../platform/app-deps';
import { findInstitutionTimeZone } from '../institutions/index';
import type { OffThreadTask } from '../jobs/index';
import { coalesceRollupRefresh, type SeenState } from './coalesce-rollup-refresh';
import { computeInstitutionFigures } from './compute-institution-figures';
import {
  findMaxAuditSequence,
  findRollupState,
  listInstitutionFreshness,
  replaceRollupFigures,
  upsertRollupState,
} from './rollups.repository';

type RollupDeps = Pick<AppDeps, 'db' | 'clock' | 'offThread'>;

export const rollupRefreshIntervalMs = 30_000;

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

async function writeRollup(
  deps: RollupDeps,
  institutionId: string,
  onSequenceRead: (sequence: number) => void,
): Promise<void> {
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  // Read first: a write landing while the figures are computed leaves them stale, never falsely fresh.
  const auditSequence = await findMaxAuditSequence(deps.db, institutionId);
  onSequenceRead(auditSequence);
  const { today, rows } = await computeInstitutionFigures(deps, institutionId, zone);
  await deps.db.transaction().execute(async (trx) => {
    // The state row first: its lock makes a concurrent refresh of the same institution wait its turn.
    await upsertRollupState(trx, {
      institution_id: institutionId,
      audit_sequence: auditSequence,
      local_date: today,
      computed_at: deps.clock.now().toISOString(),
    });
    await replaceRollupFigures(trx, institutionId, rows);
  });
}

async function writeRollupOnce(
  deps: RollupDeps,
  institutionId: string,
  onSequenceRead: (sequence: number) => void,
): Promise<void> {
  try {
    await writeRollup(deps, institutionId, onSequenceRead);
  } catch (error) {
    // Two first refreshes racing (two processes on PostgreSQL): the loser retries once after the winner committed.
    if (!isUniqueViolation(error)) throw error;
    await writeRollup(deps, institutionId, onSequenceRead);
  }
}

/**
 * Recomputes the institution's figures and replaces its rows and state in one transaction. Derived
 * data, not a state change of anyone's records: no audit row (one would make every roll-up stale).
 * `seen`, the audit sequence and local day the caller read, lets figures this process already has or
 * is computing answer instead (coalesceRollupRefresh); without it the recompute starts from now.
 */
export function refreshInstitutionRollup(
  deps: RollupDeps,
  institutionId: string,
  seen: SeenState | null = null,
): Promise<void> {
  return coalesceRollupRefresh(deps.db, institutionId, seen, async (onSequenceRead) => {
    // Hundreds of milliseconds of JavaScript for a large institution (S7): on the task thread, the
    // requests behind this one are not held. Its audit sequence is known only at the end there.
    if (!deps.offThread) return writeRollupOnce(deps, institutionId, onSequenceRead);
    onSequenceRead(Number(await deps.offThread.run(rollupRefreshTask.kind, { institutionId })));
  });
}

/** The recompute as the task thread runs it (ADR 0037); answers the audit sequence its figures include. */
export const rollupRefreshTask: OffThreadTask = {
  kind: 'reports.refresh-rollup',
  async run(deps, input) {
    const { institutionId } = input as { institutionId: string };
    let read = -1;
    await writeRollupOnce(deps, institutionId, (sequence) => {
      read = sequence;
    });
    return read;
  },
};

export function isRollupStale(
  state: { auditSequence: number | null; localDate: string | null },
  maxSequence: number,
  today: string,
): boolean {
  if (state.auditSequence === null || state.localDate === null) return true;
  return maxSequence > state.auditSequence || state.localDate !== today;
}

/**
 * Refreshes the institution when its audit log moved on or its day changed; answers the state its
 * figures now have. Two reads when fresh (the dashboard's every request pays them).
 */
export async function refreshRollupIfStale(
  deps: RollupDeps,
  institutionId: string,
  zone: TimeZoneCode,
): Promise<{ computedAt: string }> {
  const [state, maxSequence] = await Promise.all([
    findRollupState(deps.db, institutionId),
    findMaxAuditSequence(deps.db, institutionId),
  ]);
  const today = localDateOf(deps.clock.now(), zone);
  const stale = isRollupStale(
    { auditSequence: state ? Number(state.audit_sequence) : null, localDate: state?.local_date ?? null },
    maxSequence,
    today,
  );
  if (state && !stale) return { computedAt: state.computed_at };
  await refreshInstitutionRollup(deps, institutionId, { sequence: maxSequence, day: today });
  let refreshed = await findRollupState(deps.db, institutionId);
  if (!refreshed || Number(refreshed.audit_sequence) < maxSequence || refreshed.local_date !== today) {
    // Another process's older computation committed after this one's: recompute from now.
    await refreshInstitutionRollup(deps, institutionId, null);
    refreshed = await findRollupState(deps.db, institutionId);
  }
  return { computedAt: refreshed?.computed_at ?? deps.clock.now().toISOString() };
}

/**
 * Recomputes every stale institution, one after another, letting requests in between (on SQLite a
 * recompute holds the event loop, and a hundred in a row would hold it for seconds); returns how many.
 */
export async function refreshStaleRollups(deps: RollupDeps): Promise<number> {
  const institutions = await listInstitutionFreshness(deps.db);
  let refreshed = 0;
  for (const institution of institutions) {
    const today = localDateOf(deps.clock.now(), institution.timeZone as TimeZoneCode);
    if (!isRollupStale(institution, institution.maxSequence, today)) continue;
    if (refreshed > 0) await yieldToLoop();
    // Stale as stored, whatever this process last computed (another's older result may have landed
    // after it): a recompute from now, sharing only one that is queued anyway.
    await refreshInstitutionRollup(deps, institution.id, null);
    refreshed += 1;
  }
  return refreshed;
}

export const rollupSweepLockKey = 7_263_024;

/**
 * One sweep at a time across every process on a PostgreSQL database (a session advisory lock on one
 * reserved connection; a process that finds it held skips this round). Without it, each of N
 * processes recomputed every stale institution every 30 s: N times the work for the same figures
 * (S7M). Answers how many were refreshed, or null when another process was sweeping.
 */
export async function sweepStaleRollups(deps: RollupDeps): Promise<number | null> {
  if (dialectOf(deps.db) !== 'postgres') return refreshStaleRollups(deps);
  return deps.db.connection().execute(async (connection) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`SELECT pg_try_advisory_lock(${rollupSweepLockKey}) AS locked`.execute(connection);
    if (!rows[0]?.locked) return null;
    try {
      return await refreshStaleRollups(deps);
    } finally {
      await sql`SELECT pg_advisory_unlock(${rollupSweepLockKey})`.execute(connection);
    }
  });
}

/** Keeps the stored figures at most 30 s behind (the district roll-up reads them as they are). */
export function startRollupRefresher(deps: RollupDeps, intervalMs = rollupRefreshIntervalMs): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepStaleRollups(deps)
      .catch((error: unknown) => console.error('Ringkasan dasbor belum dapat diperbarui.', error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
