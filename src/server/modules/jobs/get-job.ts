import { errorCodes, type ErrorCode } from '../../../shared/contracts/common';
import { jobSchema, type Job } from '../../../shared/contracts/jobs';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import type { Principal } from '../../platform/auth/principal';
import { findJobRow, type JobRow } from './jobs.repository';

/** A job is seen only by the person who started it, inside their institution. */
export async function findOwnJobRow(db: Db, principal: Principal, id: string): Promise<JobRow> {
  const row = await findJobRow(db, principal.institutionId, id);
  if (!row || row.created_by_user_id !== principal.userId) throw new AppError('JOB_NOT_FOUND');
  return row;
}

export function toJob(row: JobRow): Job {
  const errorCode = (errorCodes as readonly string[]).includes(row.error_code ?? '')
    ? (row.error_code as ErrorCode)
    : row.error_code
      ? 'INTERNAL'
      : null;
  return jobSchema.parse({
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    result: row.status === 'succeeded' && row.result_json ? (JSON.parse(row.result_json) as unknown) : null,
    resultFileUrl: row.result_file_key ? `/api/v1/jobs/${row.id}/result` : null,
    error: errorCode ? { code: errorCode, message: new AppError(errorCode).message } : null,
  });
}

export async function getJob(db: Db, principal: Principal, id: string): Promise<Job> {
  return toJob(await findOwnJobRow(db, principal, id));
}
