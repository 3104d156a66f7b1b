import type { JobKind } from '../../../shared/contracts/jobs';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { insertJobRow, type JobRow } from './jobs.repository';

/**
 * Stores a queued job with its audit row (who asked for which work, under the request's id) and
 * hands it to the runner; the caller answers 202 with it. The job's own writes are audited as it runs.
 */
export async function startJob(
  deps: AppDeps,
  principal: Principal,
  kind: JobKind,
  input: unknown,
  requestId: string,
): Promise<JobRow> {
  const row: JobRow = {
    id: newId(),
    institution_id: principal.institutionId,
    kind,
    status: 'queued',
    progress: 0,
    input_json: JSON.stringify(input),
    result_json: null,
    result_file_key: null,
    error_code: null,
    created_by_user_id: principal.userId,
    created_at: deps.clock.now().toISOString(),
    started_at: null,
    finished_at: null,
    claimed_by: null,
    lease_until: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertJobRow(trx, row);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: row.institution_id,
        action: 'job.queued',
        entityType: 'job',
        entityId: row.id,
        after: { kind },
      },
    );
  });
  deps.jobs.enqueue(row.id);
  return row;
}
