import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import { jobSchema } from '../../../shared/contracts/jobs';
import { AppError } from '../../platform/http/app-error';
import { defineRoute } from '../../platform/http/route-definition';
import { findOwnJobRow, getJob } from './get-job';
import type { JobRow } from './jobs.repository';

const tag = 'Jobs';
const idParams = z.strictObject({ id: idSchema });

type ResultFile = { mediaType: string; name: string };

const resultFiles: Record<string, ResultFile> = {
  'partners.import': {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    name: 'laporan-impor-mitra.xlsx',
  },
};

/** A job whose file is named after what it holds (the annual report) says so in its result. */
function resultFileOf(row: JobRow): ResultFile {
  const result = row.result_json ? (JSON.parse(row.result_json) as Record<string, unknown> | null) : null;
  if (typeof result?.fileName === 'string' && typeof result.mediaType === 'string')
    return { name: result.fileName, mediaType: result.mediaType };
  return resultFiles[row.kind] ?? { mediaType: 'application/octet-stream', name: 'hasil' };
}

export const jobRoutes = [
  defineRoute({
    method: 'GET',
    path: '/jobs/:id',
    summary: 'A background job you started: status, progress (0–1), result and its file link',
    tag,
    access: { kind: 'authenticated', permission: null },
    params: idParams,
    response: jobSchema,
    handler: ({ deps, principal, params }) => getJob(deps.db, principal, params.id),
  }),
  defineRoute({
    method: 'GET',
    path: '/jobs/:id/result',
    summary: "The finished job's file (the per-row import report as XLSX, the annual report)",
    tag,
    access: { kind: 'authenticated', permission: null },
    params: idParams,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, reply }) {
      const row = await findOwnJobRow(deps.db, principal, params.id);
      if (row.status !== 'succeeded' || !row.result_file_key) throw new AppError('JOB_RESULT_NOT_READY');
      const file = resultFileOf(row);
      const bytes = await deps.files.read(row.result_file_key);
      await reply
        .header('Content-Type', file.mediaType)
        .header('Content-Disposition', `attachment; filename="${file.name}"`)
        .header('Cache-Control', 'no-store')
        .send(bytes);
    },
  }),
];
