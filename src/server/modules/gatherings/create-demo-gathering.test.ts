import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { createInstitutionFixture, logInAs } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { findPrincipalByEmail } from '../institutions/index';
import { createDemoOccasions, listCalendarOccasions } from '../occasions/index';
import { getGathering } from './get-gathering';
import { createDemoGathering } from './index';

describeEachDatabase('demo occasions and gathering', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-11-29T01:00:00.000Z'));
  });
  afterAll(() => t.close());

  it('adds a launch, a founding day and a gathering with one reply, through the use cases', async () => {
    const { adminEmail, institutionId } = await createInstitutionFixture(t);
    const admin = await logInAs(t, adminEmail);
    const a = await createPartnerVia(admin, { name: 'Butik Sasirangan Amanah' });
    const b = await createPartnerVia(admin, { name: 'Hotel Banjar Permai' });
    const manager = (await findPrincipalByEmail(t.deps.db, adminEmail))!;
    expect(await createDemoOccasions(t.deps, manager, { partnerId: a.id, today: '2026-11-29' })).toBe(2);
    const occasions = await listCalendarOccasions(t.deps.db, institutionId, {
      from: '2026-11-29',
      to: '2027-01-31',
    });
    expect(occasions.find((o) => o.kind === 'product_launch')).toMatchObject({
      date: '2026-12-09',
      partnerId: a.id,
    });
    expect(occasions.find((o) => o.kind === 'custom')).toMatchObject({ date: '2027-01-08', years: null });
    const demo = await createDemoGathering(t.deps, manager, [a.id, b.id], 'http://localhost:3000');
    expect(demo.invited).toBe(2);
    const gathering = await getGathering(t.deps.db, institutionId, demo.gatheringId);
    expect(gathering.counts).toMatchObject({ invited: 2, attending: 1, attendingPeople: 2, pending: 1 });
  });
});
