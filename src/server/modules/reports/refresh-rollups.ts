import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { localDateOf } from '../../../shared/domain/local-date';
import type { AppDeps } from '../../platform/app-deps';
import { findInstitutionTimeZone } from '../institutions/index';
import { computeInstitutionFigures } from './compute-institution-figures';
import {
  findMaxAuditSequence,
  findRollupState,
  listInstitutionFreshness,
  replaceRollupFigures,
  upsertRollupState,
} from './rollups.repository';

type RollupDeps = Pick<AppDeps, 'db' | 'clock'>;

export const rollupRefreshIntervalMs = 30_000;

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

async function writeRollup(deps: RollupDeps, institutionId: string): Promise<void> {
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  // Read first: a write landing while the figures are computed leaves them stale, never falsely fresh.
  const auditSequence = await findMaxAuditSequence(deps.db, institutionId);
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

/**
 * Recomputes the institution's figures and replaces its rows and state in one transaction. Derived
 * data, not a state change of anyone's records: no audit row (one would make every roll-up stale).
 */
export async function refreshInstitutionRollup(deps: RollupDeps, institutionId: string): Promise<void> {
  try {
    await writeRollup(deps, institutionId);
  } catch (error) {
    // Two first refreshes racing on PostgreSQL: the loser retries once after the winner committed.
    if (!isUniqueViolation(error)) throw error;
    await writeRollup(deps, institutionId);
  }
}

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
  await refreshInstitutionRollup(deps, institutionId);
  const refreshed = await findRollupState(deps.db, institutionId);
  return { computedAt: refreshed?.computed_at ?? deps.clock.now().toISOString() };
}

/** Recomputes every stale institution, one after another; returns how many. */
export async function refreshStaleRollups(deps: RollupDeps): Promise<number> {
  const institutions = await listInstitutionFreshness(deps.db);
  let refreshed = 0;
  for (const institution of institutions) {
    const today = localDateOf(deps.clock.now(), institution.timeZone as TimeZoneCode);
    if (!isRollupStale(institution, institution.maxSequence, today)) continue;
    await refreshInstitutionRollup(deps, institution.id);
    refreshed += 1;
  }
  return refreshed;
}

/** Keeps the stored figures at most 30 s behind (the district roll-up reads them as they are). */
export function startRollupRefresher(deps: RollupDeps, intervalMs = rollupRefreshIntervalMs): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    refreshStaleRollups(deps)
      .catch((error: unknown) => console.error('Ringkasan dasbor belum dapat diperbarui.', error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
