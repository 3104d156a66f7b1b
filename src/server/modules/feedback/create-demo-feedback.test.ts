import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import { createInstitutionFixture, logInAs } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { PartnerFeedback } from '../../../shared/contracts/feedback';
import { findPrincipalByEmail } from '../institutions/index';
import { createDemoFeedback } from './create-demo-feedback';

describeEachDatabase('demo feedback', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-03-20T02:00:00.000Z'));
  });
  afterAll(() => t.close());

  it('makes an answered request and a waiting one through the real use cases, at the given times', async () => {
    const { adminEmail } = await createInstitutionFixture(t);
    const admin = await logInAs(t, adminEmail);
    const partnerId = (await createPartnerVia(admin)).id;
    const contactId = (await createContactVia(admin, partnerId)).id;
    const principal = (await findPrincipalByEmail(t.deps.db, adminEmail))!;
    await createDemoFeedback(t.deps, principal, {
      partnerId,
      contactId,
      askedAt: new Date('2026-02-02T02:00:00.000Z'),
      answer: {
        satisfaction: 5,
        recommend: 10,
        improve: 'Tambah kelas malam',
        answeredAt: new Date('2026-02-03T03:00:00.000Z'),
      },
    });
    const waiting = await createDemoFeedback(t.deps, principal, {
      partnerId,
      contactId,
      askedAt: new Date('2026-03-10T02:00:00.000Z'),
    });
    const feedback = (
      await admin.request('GET', `/api/v1/partners/${partnerId}/feedback`)
    ).json<PartnerFeedback>();
    expect(feedback).toMatchObject({
      latestSatisfaction: 5,
      latestAnsweredAt: '2026-02-03T03:00:00.000Z',
      answeredCount: 1,
    });
    expect(feedback.requests.map((r) => [r.id === waiting.requestId, r.status, r.requestedAt])).toEqual([
      [true, 'sent', '2026-03-10T02:00:00.000Z'],
      [false, 'answered', '2026-02-02T02:00:00.000Z'],
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_type', '=', 'feedback_request')
      .where('institution_id', '=', principal.institutionId)
      .orderBy('sequence')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'feedback_request.created',
      'feedback_request.answered',
      'feedback_request.created',
    ]);
  });
});
