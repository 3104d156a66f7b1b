import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ActivityList } from '../../../shared/contracts/activities';
import { extractPdfText } from '../../../../tests/factories/pdf-text';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { findPrincipalByEmail } from '../institutions/index';
import { createDemoWorkPlan } from '../work-plans/index';
import { createDemoActivities } from './index';

describeEachDatabase('the demo year of implementation', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('records activities against the knitted-bag plan with real evidence files and one gap for monitoring', async () => {
    const { institutionId } = await createInstitutionFixture(t);
    const { email } = await createUserFixture(t, institutionId, 'manager', { name: 'Siti Rahmah' });
    const session = await logInAs(t, email);
    const partner = await createPartnerVia(session);
    const partnership = await createPartnershipVia(session, [partner.id]);
    const manager = (await findPrincipalByEmail(t.deps.db, email))!;
    await createDemoWorkPlan(t.deps, manager, partnership.id, { name: 'Hj. Rusmini', position: 'Pemilik' });

    const count = await createDemoActivities(t.deps, {
      institutionId,
      partnershipId: partnership.id,
      userId: manager.userId,
    });
    expect(count).toBe(6);
    const list = (
      await session.request('GET', `/api/v1/partnerships/${partnership.id}/activities`)
    ).json<ActivityList>();
    expect(list.items).toHaveLength(6);
    expect(list.items.filter((a) => a.unplanned).map((a) => a.title)).toEqual([
      'Pameran tas rajut peserta di Car Free Day Banjarbaru',
    ]);
    const doneWithout = list.items.filter((a) => a.status === 'done' && a.evidence.length === 0);
    expect(doneWithout.map((a) => a.planItem?.activity)).toEqual(['Peminjaman alat tenun dan mesin rajut']);
    const training = list.items.filter((a) => a.planItem?.activity.startsWith('Pelatihan merajut'));
    expect(training.map((a) => a.actualQuantity)).toEqual([20, 19, 18]);
    expect(training.every((a) => a.outcomeKind === 'learners_trained')).toBe(true);

    const evidence = list.items.flatMap((a) => a.evidence.map((e) => ({ activityId: a.id, ...e })));
    expect(evidence.map((e) => e.contentType).sort()).toEqual([
      'application/pdf',
      'application/pdf',
      'image/jpeg',
      'image/jpeg',
      'image/jpeg',
      'image/jpeg',
      'image/jpeg',
    ]);
    const pdf = evidence.find((e) => e.contentType === 'application/pdf')!;
    const file = await session.request('GET', `/api/v1/activities/${pdf.activityId}/evidence/${pdf.id}`);
    const text = (await extractPdfText(file.rawPayload)).pages.join('\n');
    expect(text).toContain('DAFTAR HADIR');
  });
});
