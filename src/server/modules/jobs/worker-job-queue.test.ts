import fs from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Job } from '../../../shared/contracts/jobs';
import type { PartnerImportResult } from '../../../shared/contracts/partner-import';
import type { Dashboard } from '../../../shared/contracts/reports';
import { uploadImport } from '../../../../tests/factories/imports';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { csv } from '../../../../tests/factories/spreadsheets';
import { bundleJobWorker, type JobWorkerBundle } from '../../../../tests/setup/job-worker-bundle';
import {
  createTestApp,
  describeEachDatabase,
  testConfig,
  type TestApp,
} from '../../../../tests/setup/test-app';
import { createWorkerJobQueue } from './create-worker-job-queue';

/** The distinct nice values of this process's threads (Linux). */
function threadNiceValues(): number[] {
  const nice = fs
    .readdirSync('/proc/self/task')
    .map((tid) =>
      Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]),
    );
  return [...new Set(nice)].sort((a, b) => a - b);
}

/** Holds this thread without turning its event loop, as a long synchronous render would. */
function holdThisThread(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const partnerRows = (count: number, tag: string, firstPhone: number) =>
  csv([
    ['Nama Mitra', 'Kab/Kota', 'No. HP/WA'],
    ...Array.from({ length: count }, (_, index) => [
      `Bengkel ${tag} ${index + 1}`,
      'Kota Banjarbaru',
      `0813${String(firstPhone + index).padStart(8, '0')}`,
    ]),
  ]);

let bundle: JobWorkerBundle;
beforeAll(async () => {
  bundle = await bundleJobWorker();
}, 60_000);
afterAll(() => bundle.remove());

describeEachDatabase('jobs on their own thread', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect, { jobWorker: bundle.url });
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const partnersNamed = async (pattern: string) =>
    Number(
      (
        await t.deps.db
          .selectFrom('partners')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('institution_id', '=', manager.institutionId)
          .where('name', 'like', pattern)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const jobOf = async (id: string) =>
    (await manager.request('GET', `/api/v1/jobs/${id}`)).json<Job<PartnerImportResult>>();

  it('finishes an import while the serving thread is held and never turns its event loop', async () => {
    const upload = await uploadImport(manager, {
      bytes: partnerRows(300, 'Utas', 51_000_000),
      filename: 'mitra.csv',
    });
    expect(upload.statusCode).toBe(202);
    const { job } = upload.json<{ job: Job }>();

    // Run on this thread, the import could not take a single step during the hold.
    holdThisThread(12_000);
    const held = await t.deps.db
      .selectFrom('jobs')
      .select('status')
      .where('id', '=', job.id)
      .executeTakeFirstOrThrow();
    expect(held.status).toBe('succeeded');
    // The job thread yields the cores to this one: Linux keeps a nice value per thread.
    expect(threadNiceValues()).toContain(os.constants.priority.PRIORITY_BELOW_NORMAL);

    const finished = await jobOf(job.id);
    expect(finished.result).toMatchObject({ totalRows: 300, counts: { created: 300 } });
    expect(await partnersNamed('Bengkel Utas %')).toBe(300);
  }, 45_000);

  it('recomputes the dashboard on the task thread, counting a partner added just before', async () => {
    const before = (await manager.request('GET', '/api/v1/reports/dashboard')).json<Dashboard>();
    await createPartnerVia(manager);
    const run = vi.spyOn(t.deps.offThread!, 'run');
    try {
      const after = (await manager.request('GET', '/api/v1/reports/dashboard')).json<Dashboard>();
      expect(after.partners.total).toBe(before.partners.total + 1);
      expect(after.partners.total).toBe(await partnersNamed('%'));
      expect(run.mock.calls).toEqual([['reports.refresh-rollup', { institutionId: manager.institutionId }]]);
    } finally {
      run.mockRestore();
    }
  });

  it('hands an unfinished job back at stop, and a later queue in the same process resumes it', async () => {
    const upload = await uploadImport(manager, {
      bytes: partnerRows(20_000, 'Simpul', 52_000_000),
      filename: 'besar.csv',
    });
    const { job } = upload.json<{ job: Job }>();
    await expect
      .poll(() => partnersNamed('Bengkel Simpul %'), { timeout: 20_000, interval: 20 })
      .toBeGreaterThan(0);

    // A recompute while the job runs: the task thread answers it, with the import's rows so far.
    const run = vi.spyOn(t.deps.offThread!, 'run');
    try {
      const dashboard = (await manager.request('GET', '/api/v1/reports/dashboard')).json<Dashboard>();
      expect(run).toHaveBeenCalledTimes(1);
      expect(dashboard.partners.total).toBeGreaterThan(300);
    } finally {
      run.mockRestore();
    }

    await t.deps.jobs.stop();
    const handedBack = await t.deps.db
      .selectFrom('jobs')
      .select(['status', 'lease_until'])
      .where('id', '=', job.id)
      .executeTakeFirstOrThrow();
    expect(handedBack).toEqual({ status: 'running', lease_until: null });

    const again = createWorkerJobQueue(bundle.url, testConfig(t.database), () => undefined);
    try {
      await again.resumeUnfinished();
      await again.whenIdle();
    } finally {
      await again.stop();
    }
    const finished = await jobOf(job.id);
    expect(finished.status).toBe('succeeded');
    const { counts } = finished.result!;
    expect(counts.unchanged, 'rows written before the stop').toBeGreaterThan(0);
    expect((counts.created ?? 0) + (counts.unchanged ?? 0)).toBe(20_000);
    expect(await partnersNamed('Bengkel Simpul %')).toBe(20_000);
  }, 120_000);
});

it('starts a thread again after it ended, and refuses what the ended thread was asked', async () => {
  const lines: string[] = [];
  const exitAtOnce = new URL('data:text/javascript,process.exit(3)');
  const config = { database: { dialect: 'sqlite', filename: ':memory:' } } as Parameters<
    typeof createWorkerJobQueue
  >[1];
  const queue = createWorkerJobQueue(exitAtOnce, config, (line) => lines.push(line));
  await expect(queue.resumeUnfinished()).rejects.toThrow('the job thread ended');
  await expect(queue.resumeUnfinished()).rejects.toThrow('the job thread ended');
  await expect(queue.run('reports.refresh-rollup', {})).rejects.toThrow('the task thread ended');
  expect(lines).toEqual([
    'job thread ended (exit code 3); it starts again when next asked',
    'job thread ended (exit code 3); it starts again when next asked',
    'task thread ended (exit code 3); it starts again when next asked',
  ]);
  await queue.stop();
  await expect(queue.run('reports.refresh-rollup', {})).rejects.toThrow('the task thread was stopped');
});
