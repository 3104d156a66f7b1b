import type { LightMyRequestResponse } from 'fastify';
import type { Job } from '../../src/shared/contracts/jobs';
import type { PartnerImportResult } from '../../src/shared/contracts/partner-import';
import type { TestApp } from '../setup/test-app';
import { multipart } from './multipart';
import type { Session } from './people';

export function uploadImport(
  session: Session,
  file: { bytes: Buffer; filename: string },
  fields: { mapping?: Record<string, string | null>; mode?: string } = {},
  path = '/api/v1/partners/import',
): Promise<LightMyRequestResponse> {
  const body = multipart([
    ...(fields.mapping ? [{ name: 'mapping', content: JSON.stringify(fields.mapping) }] : []),
    ...(fields.mode ? [{ name: 'mode', content: fields.mode }] : []),
    { name: 'file', content: file.bytes, filename: file.filename },
  ]);
  return session.request('POST', path, body.payload, body.headers);
}

/** Uploads, waits for the background job to finish, and returns the finished job. */
export async function importAndWait(
  t: TestApp,
  session: Session,
  file: { bytes: Buffer; filename: string },
  fields: { mapping?: Record<string, string | null>; mode?: string } = {},
): Promise<Job<PartnerImportResult>> {
  const response = await uploadImport(session, file, fields);
  if (response.statusCode !== 202) throw new Error(`import refused: ${response.statusCode} ${response.body}`);
  const { job } = response.json<{ job: Job }>();
  await t.deps.jobs.whenIdle();
  const finished = await session.request('GET', `/api/v1/jobs/${job.id}`);
  return finished.json<Job<PartnerImportResult>>();
}
