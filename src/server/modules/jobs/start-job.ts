import type { JobKind } from '../../../shared/contracts/jobs';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { newId } from '../../platform/ids';
import { insertJobRow, type JobRow } from './jobs.repository';

/** Stores a queued job and hands it to the runner; the caller answers 202 with it. */
export async function startJob(
  deps: AppDeps,
  principal: Principal,
  kind: JobKind,
  input: unknown,
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
  await insertJobRow(deps.db, row);
  deps.jobs.enqueue(row.id);
  return row;
}
