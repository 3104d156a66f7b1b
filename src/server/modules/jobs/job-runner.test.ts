import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Job } from '../../../shared/contracts/jobs';
import type { PartnerImportResult } from '../../../shared/contracts/partner-import';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { csv } from '../../../../tests/factories/spreadsheets';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { newId } from '../../platform/ids';
import { partnerJobHandlers } from '../partners/index';
import { createJobRunner, jobLeaseMs } from './create-job-runner';
import { insertJobRow } from './jobs.repository';

describeEachDatabase('background jobs', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  let stored = 0;
  async function storedJob(
    status: 'queued' | 'running',
    kind = 'partners.import',
    lease: { claimed_by: string; lease_until: string } | null = null,
  ): Promise<string> {
    const file = await t.deps.files.put(
      csv([
        ['Nama Mitra', 'Kab/Kota'],
        [`Sanggar Lanjutan ${status} ${(stored += 1)}`, 'Kota Banjarbaru'],
      ]),
    );
    const id = newId();
    await insertJobRow(t.deps.db, {
      id,
      institution_id: manager.institutionId,
      kind,
      status,
      progress: status === 'running' ? 0.4 : 0,
      input_json: JSON.stringify({
        fileKey: file.storageKey,
        filename: 'lanjut.csv',
        sha256: file.sha256,
        mapping: {},
        mode: 'skip_duplicates',
        userName: 'Pengelola',
      }),
      result_json: null,
      result_file_key: null,
      error_code: null,
      created_by_user_id: manager.userId,
      created_at: t.clock.now().toISOString(),
      started_at: null,
      finished_at: null,
      claimed_by: lease?.claimed_by ?? null,
      lease_until: lease?.lease_until ?? null,
    });
    return id;
  }

  it('runs again, at start, the jobs a stopped process left queued or running', async () => {
    const ids = [await storedJob('running'), await storedJob('queued')];
    await t.deps.jobs.resumeUnfinished();
    await t.deps.jobs.whenIdle();
    for (const id of ids) {
      const job = (await manager.request('GET', `/api/v1/jobs/${id}`)).json<Job<PartnerImportResult>>();
      expect(job).toMatchObject({ status: 'succeeded', progress: 1, error: null });
      expect(job.result?.counts.created, JSON.stringify(job.result)).toBe(1);
    }
  });

  const jobRow = (id: string) =>
    t.deps.db
      .selectFrom('jobs')
      .select(['status', 'claimed_by', 'lease_until', 'result_json'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('leaves a job another live process holds, and takes it over once that lease has run out', async () => {
    const heldUntil = new Date(t.clock.now().getTime() + jobLeaseMs).toISOString();
    const id = await storedJob('running', 'partners.import', {
      claimed_by: 'other-process',
      lease_until: heldUntil,
    });
    await t.deps.jobs.resumeUnfinished();
    await t.deps.jobs.whenIdle();
    expect(await jobRow(id)).toMatchObject({
      status: 'running',
      claimed_by: 'other-process',
      result_json: null,
    });

    t.clock.advance(jobLeaseMs + 1000);
    await t.deps.jobs.resumeUnfinished();
    await t.deps.jobs.whenIdle();
    const row = await jobRow(id);
    expect(row.status).toBe('succeeded');
    expect(row.claimed_by).not.toBe('other-process');
    expect(row.lease_until).toBeNull();
    expect((JSON.parse(row.result_json!) as PartnerImportResult).counts.created).toBe(1);
  });

  it('runs a job once when two processes enqueue it at the same time', async () => {
    const ran: string[] = [];
    const counting = partnerJobHandlers.map((handler) => ({
      ...handler,
      run: (context: Parameters<typeof handler.run>[0]) => {
        ran.push(context.job.id);
        return handler.run(context);
      },
    }));
    const first = createJobRunner(
      () => t.deps,
      counting,
      () => undefined,
    );
    const second = createJobRunner(
      () => t.deps,
      counting,
      () => undefined,
    );
    const id = await storedJob('queued');
    first.enqueue(id);
    second.enqueue(id);
    await Promise.all([first.whenIdle(), second.whenIdle()]);
    await second.resumeUnfinished();
    await second.whenIdle();
    expect(ran).toEqual([id]);
    expect(await jobRow(id)).toMatchObject({ status: 'succeeded', lease_until: null });
    await Promise.all([first.stop(), second.stop()]);
  });

  const uploadOf = async (id: string) =>
    (
      JSON.parse(
        (
          await t.deps.db
            .selectFrom('jobs')
            .select('input_json')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).input_json,
      ) as { fileKey: string }
    ).fileKey;
  const exists = (key: string) =>
    t.deps.files.read(key).then(
      () => true,
      () => false,
    );

  it('removes the upload of a finished import, succeeded or failed, and a new process removes what a killed one left', async () => {
    const succeeded = await storedJob('queued');
    t.deps.jobs.enqueue(succeeded);
    const broken = await t.deps.files.put(Buffer.from('bukan lembar kerja'));
    const failed = await storedJob('queued');
    await t.deps.db
      .updateTable('jobs')
      .set({
        input_json: (
          await t.deps.db
            .selectFrom('jobs')
            .select('input_json')
            .where('id', '=', failed)
            .executeTakeFirstOrThrow()
        ).input_json.replace(await uploadOf(failed), broken.storageKey),
      })
      .where('id', '=', failed)
      .execute();
    t.deps.jobs.enqueue(failed);
    await t.deps.jobs.whenIdle();
    expect((await jobRow(succeeded)).status).toBe('succeeded');
    expect((await jobRow(failed)).status).toBe('failed');
    expect(await exists(await uploadOf(succeeded))).toBe(false);
    expect(await exists(broken.storageKey)).toBe(false);

    // Killed after storing the outcome, before removing the upload: the row says finished, the file is there.
    const left = await storedJob('running', 'partners.import', {
      claimed_by: 'killed-process',
      lease_until: new Date(t.clock.now().getTime() + jobLeaseMs).toISOString(),
    });
    await t.deps.db
      .updateTable('jobs')
      .set({ status: 'succeeded', lease_until: null, finished_at: t.clock.now().toISOString() })
      .where('id', '=', left)
      .execute();
    const unfinished = await storedJob('running', 'partners.import', {
      claimed_by: 'live-process',
      lease_until: new Date(t.clock.now().getTime() + jobLeaseMs).toISOString(),
    });
    expect(await exists(await uploadOf(left))).toBe(true);
    const restarted = createJobRunner(
      () => t.deps,
      partnerJobHandlers,
      () => undefined,
    );
    await restarted.resumeUnfinished();
    await restarted.whenIdle();
    expect(await exists(await uploadOf(left))).toBe(false);
    // A job still running elsewhere keeps its upload: its runner reads it.
    expect(await exists(await uploadOf(unfinished))).toBe(true);
    await restarted.stop();
  });

  it('fails a job of an unknown kind with a coded error instead of leaving it hanging', async () => {
    const id = await storedJob('queued', 'reports.unknown');
    t.deps.jobs.enqueue(id);
    await t.deps.jobs.whenIdle();
    const row = await t.deps.db
      .selectFrom('jobs')
      .select(['status', 'error_code'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', error_code: 'INTERNAL' });
  });

  it('answers 404 for a job that does not exist and 409 for a result not ready', async () => {
    const missing = await manager.request('GET', `/api/v1/jobs/${newId()}`);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe('JOB_NOT_FOUND');
    const queued = await storedJob('queued');
    const early = await manager.request('GET', `/api/v1/jobs/${queued}/result`);
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { code: string } }>().error.code).toBe('JOB_RESULT_NOT_READY');
  });
});
