import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Activity, ActivityList } from '../../../shared/contracts/activities';
import type { WorkPlan } from '../../../shared/contracts/work-plans';
import { activityBody, createActivityVia, evidenceUpload } from '../../../../tests/factories/activities';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { phonePhotoWithLocation, tinyPdf } from '../../../../tests/factories/photos';
import {
  createWorkPlanVia,
  placementItemBody,
  workPlanItemBody,
} from '../../../../tests/factories/work-plans';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('activities against the work plan (step 8)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-03-10T01:00:00.000Z'));
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  async function planned(session: Session = manager): Promise<{ partnershipId: string; plan: WorkPlan }> {
    const partner = await createPartnerVia(session);
    const partnership = await createPartnershipVia(session, [partner.id]);
    const plan = await createWorkPlanVia(session, partnership.id, {
      items: [workPlanItemBody(), placementItemBody()],
    });
    return { partnershipId: partnership.id, plan };
  }

  async function count(
    table: 'activities' | 'activity_evidence' | 'files' | 'audit_events',
  ): Promise<number> {
    const row = await t.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  const written = async () => ({
    activities: await count('activities'),
    evidence: await count('activity_evidence'),
    files: await count('files'),
    audit: await count('audit_events'),
  });

  it('records an activity against a plan item, with its target beside the actual figure and an audit row', async () => {
    const { partnershipId, plan } = await planned();
    const item = plan.items[0]!;
    const created = await manager.request(
      'POST',
      `/api/v1/partnerships/${partnershipId}/activities`,
      activityBody({ workPlanItemId: item.id }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const activity = created.json<Activity>();
    expect(activity).toMatchObject({
      unplanned: false,
      status: 'done',
      actualQuantity: 18,
      carriedOutBy: 'institution',
      outcomeKind: 'learners_trained',
      institutionSpentRupiah: 2_500_000,
      planItem: {
        id: item.id,
        workPlanId: plan.id,
        activity: 'Pelatihan merajut tas',
        target: { quantity: 20 },
      },
      version: 1,
    });
    const list = await manager.request('GET', `/api/v1/partnerships/${partnershipId}/activities`);
    expect(list.statusCode).toBe(200);
    const body = list.json<ActivityList>();
    expect(body.items.map((a) => a.id)).toEqual([activity.id]);
    expect(body.planItems.map((p) => p.id)).toEqual(plan.items.map((p) => p.id));
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'after_json'])
      .where('entity_id', '=', activity.id)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['activity.created']);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ workPlanItemId: item.id, actualQuantity: 18 });
  });

  it('flags an activity outside the plan as unplanned; the partner carrying it out is kept', async () => {
    const { partnershipId } = await planned();
    const activity = await createActivityVia(manager, partnershipId, {
      title: 'Pameran tas rajut di Car Free Day',
      workPlanItemId: null,
      carriedOutBy: 'both',
      actualQuantity: null,
    });
    expect(activity).toMatchObject({
      unplanned: true,
      planItem: null,
      carriedOutBy: 'both',
      outcomeKind: 'other',
    });
  });

  it('edits with the version read, refuses a stale one (409), deletes with ?version=', async () => {
    const { partnershipId, plan } = await planned();
    const activity = await createActivityVia(manager, partnershipId, {
      workPlanItemId: plan.items[0]!.id,
      status: 'in_progress',
      endedOn: null,
    });
    const edited = await manager.request('PATCH', `/api/v1/activities/${activity.id}`, {
      version: 1,
      status: 'done',
      endedOn: '2026-03-09',
      actualQuantity: 19.5,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Activity>()).toMatchObject({
      status: 'done',
      endedOn: '2026-03-09',
      actualQuantity: 19.5,
      version: 2,
    });

    const stale = await manager.request('PATCH', `/api/v1/activities/${activity.id}`, {
      version: 1,
      title: 'Judul lama',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const moved = await manager.request('PATCH', `/api/v1/activities/${activity.id}`, {
      version: 2,
      workPlanItemId: null,
    });
    expect(moved.json<Activity>()).toMatchObject({ unplanned: true, version: 3 });

    const staleDelete = await manager.request('DELETE', `/api/v1/activities/${activity.id}?version=1`);
    expect(staleDelete.statusCode).toBe(409);
    const deleted = await manager.request('DELETE', `/api/v1/activities/${activity.id}?version=3`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((await manager.request('GET', `/api/v1/activities/${activity.id}`)).statusCode).toBe(404);
  });

  it.each([
    [
      'an actual value in words',
      { actualQuantity: 'sepuluh' },
      'ACTIVITY_QUANTITY_INVALID',
      'actualQuantity',
    ],
    ['a negative actual value', { actualQuantity: -1 }, 'ACTIVITY_QUANTITY_INVALID', 'actualQuantity'],
    [
      'spending with cents',
      { institutionSpentRupiah: 1500.5 },
      'ACTIVITY_SPENDING_INVALID',
      'institutionSpentRupiah',
    ],
    ['negative spending', { partnerSpentRupiah: -100 }, 'ACTIVITY_SPENDING_INVALID', 'partnerSpentRupiah'],
    [
      'an end before the start',
      { startedOn: '2026-03-06', endedOn: '2026-03-02' },
      'ACTIVITY_PERIOD_INVALID',
      'endedOn',
    ],
    [
      'done without dates',
      { status: 'done', startedOn: null, endedOn: null },
      'ACTIVITY_DATES_REQUIRED',
      'startedOn',
    ],
  ] as const)('refuses %s with a coded 422 and writes nothing', async (_label, change, code, field) => {
    const { partnershipId } = await planned();
    const before = await written();
    const response = await manager.request('POST', `/api/v1/partnerships/${partnershipId}/activities`, {
      ...activityBody(),
      ...change,
    });
    expect(response.statusCode, response.body).toBe(422);
    const error = response.json<{ error: { code: string; details: { path: string[] }[] } }>().error;
    expect(error.code).toBe(code);
    expect(error.details[0]!.path).toEqual(['body', field]);
    expect(await written()).toEqual(before);
  });

  it("refuses another partnership's plan item (422) and an edit breaking a rule, writing nothing", async () => {
    const mine = await planned();
    const other = await planned();
    const before = await written();
    const foreignItem = await manager.request(
      'POST',
      `/api/v1/partnerships/${mine.partnershipId}/activities`,
      activityBody({ workPlanItemId: other.plan.items[0]!.id }),
    );
    expect(foreignItem.statusCode).toBe(422);
    expect(foreignItem.json().error.code).toBe('ACTIVITY_ITEM_NOT_IN_PARTNERSHIP');
    expect(await written()).toEqual(before);

    const activity = await createActivityVia(manager, mine.partnershipId);
    const afterCreate = await written();
    const broken = await manager.request('PATCH', `/api/v1/activities/${activity.id}`, {
      version: 1,
      endedOn: null,
    });
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.code).toBe('ACTIVITY_DATES_REQUIRED');
    expect(await written()).toEqual(afterCreate);
  });

  it('keeps evidence: a photo re-encoded without its location, an attendance list as PDF, both read back', async () => {
    const { partnershipId, plan } = await planned();
    const activity = await createActivityVia(manager, partnershipId, { workPlanItemId: plan.items[0]!.id });
    const photoBody = evidenceUpload(await phonePhotoWithLocation(), { caption: 'Praktik hari pertama' });
    const photo = await manager.request(
      'POST',
      `/api/v1/activities/${activity.id}/evidence`,
      photoBody.payload,
      photoBody.headers,
    );
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json()).toMatchObject({
      kind: 'photo',
      side: 'institution',
      contentType: 'image/jpeg',
      caption: 'Praktik hari pertama',
    });
    const pdfBody = evidenceUpload(tinyPdf(), {
      kind: 'attendance',
      filename: 'daftar hadir.pdf',
      contentType: 'application/pdf',
    });
    const attendance = await manager.request(
      'POST',
      `/api/v1/activities/${activity.id}/evidence`,
      pdfBody.payload,
      pdfBody.headers,
    );
    expect(attendance.statusCode, attendance.body).toBe(201);
    expect(attendance.json()).toMatchObject({ kind: 'attendance', contentType: 'application/pdf' });

    const stored = await manager.request(
      'GET',
      `/api/v1/activities/${activity.id}/evidence/${photo.json().id}`,
    );
    expect(stored.statusCode).toBe(200);
    expect(stored.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(stored.rawPayload).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    const pdf = await manager.request(
      'GET',
      `/api/v1/activities/${activity.id}/evidence/${attendance.json().id}`,
    );
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toContain('attachment');

    const listed = (await manager.request('GET', `/api/v1/activities/${activity.id}`)).json<Activity>();
    expect(listed.evidence.map((e) => e.kind)).toEqual(['photo', 'attendance']);

    const removed = await manager.request(
      'DELETE',
      `/api/v1/activities/${activity.id}/evidence/${photo.json().id}`,
    );
    expect(removed.statusCode).toBe(200);
    const after = (await manager.request('GET', `/api/v1/activities/${activity.id}`)).json<Activity>();
    expect(after.evidence.map((e) => e.kind)).toEqual(['attendance']);
  });

  it('refuses a PDF as a photo and a file that is neither, writing nothing', async () => {
    const { partnershipId } = await planned();
    const activity = await createActivityVia(manager, partnershipId);
    const before = await written();
    const pdfAsPhoto = evidenceUpload(tinyPdf(), {
      kind: 'photo',
      filename: 'x.pdf',
      contentType: 'application/pdf',
    });
    const refused = await manager.request(
      'POST',
      `/api/v1/activities/${activity.id}/evidence`,
      pdfAsPhoto.payload,
      pdfAsPhoto.headers,
    );
    expect(refused.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const text = evidenceUpload(Buffer.from('bukan foto'), { kind: 'document', filename: 'a.jpg' });
    const refusedText = await manager.request(
      'POST',
      `/api/v1/activities/${activity.id}/evidence`,
      text.payload,
      text.headers,
    );
    expect(refusedText.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(await written()).toEqual(before);
  });

  it("answers evidence for another institution's activity like a missing one (404), writing nothing", async () => {
    const { partnershipId } = await planned();
    const activity = await createActivityVia(manager, partnershipId);
    const before = await written();
    const body = evidenceUpload(await phonePhotoWithLocation());
    const foreign = await outsider.request(
      'POST',
      `/api/v1/activities/${activity.id}/evidence`,
      body.payload,
      body.headers,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('ACTIVITY_NOT_FOUND');
    expect(await written()).toEqual(before);
    const list = await outsider.request('GET', `/api/v1/partnerships/${partnershipId}/activities`);
    expect(list.statusCode).toBe(404);
  });

  it('keeps a plan item id across an edit of the plan; removing the item leaves its activity unplanned', async () => {
    const { partnershipId, plan } = await planned();
    const [training, placement] = plan.items;
    const activity = await createActivityVia(manager, partnershipId, { workPlanItemId: placement!.id });
    await t.deps.db
      .updateTable('work_plan_items')
      .set({ evaluation_note: 'Penyerapan perlu dimulai lebih awal' })
      .where('id', '=', placement!.id)
      .execute();
    const edited = await manager.request('PUT', `/api/v1/work-plans/${plan.id}/items`, {
      version: plan.version,
      items: [
        {
          ...placementItemBody({ target: { quantity: 6, unit: 'orang', description: 'lulusan bekerja' } }),
          id: placement!.id,
        },
        { ...workPlanItemBody(), id: training!.id },
        workPlanItemBody({ activity: 'Uji kompetensi' }),
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const saved = edited.json<WorkPlan>();
    expect(saved.items.map((item) => item.id).slice(0, 2)).toEqual([placement!.id, training!.id]);
    expect(saved.items[0]).toMatchObject({
      target: { quantity: 6 },
      evaluationNote: 'Penyerapan perlu dimulai lebih awal',
    });
    expect(saved.items[2]!.id).not.toBe(training!.id);
    const still = (await manager.request('GET', `/api/v1/activities/${activity.id}`)).json<Activity>();
    expect(still).toMatchObject({
      unplanned: false,
      planItem: { id: placement!.id, target: { quantity: 6 } },
    });

    const unknownId = await manager.request('PUT', `/api/v1/work-plans/${plan.id}/items`, {
      version: saved.version,
      items: [{ ...workPlanItemBody(), id: '01900000-0000-7000-8000-00000000ffff' }],
    });
    expect(unknownId.statusCode).toBe(400);

    const dropped = await manager.request('PUT', `/api/v1/work-plans/${plan.id}/items`, {
      version: saved.version,
      items: [{ ...workPlanItemBody(), id: training!.id }],
    });
    expect(dropped.statusCode, dropped.body).toBe(200);
    const orphan = (await manager.request('GET', `/api/v1/activities/${activity.id}`)).json<Activity>();
    expect(orphan).toMatchObject({ unplanned: true, planItem: null });
  });

  it('lets implementation move to monitoring only once an activity is under way or done', async () => {
    const partner = await createPartnerVia(manager);
    const partnership = await createPartnershipVia(manager, [partner.id], {
      enteredAt: { stage: 'implementation', reason: 'Sudah berjalan sebelum memakai Jalin' },
    });
    const move = () =>
      manager.request('POST', `/api/v1/partnerships/${partnership.id}/transitions`, {
        to: 'monitoring_evaluation',
      });
    await createActivityVia(manager, partnership.id, { status: 'planned', startedOn: null, endedOn: null });
    const refused = await move();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'PARTNERSHIP_GATE_UNMET',
      details: { gate: 'activity_recorded' },
    });
    await createActivityVia(manager, partnership.id, { status: 'in_progress', endedOn: null });
    const moved = await move();
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ stage: 'monitoring_evaluation' });
  });
});
