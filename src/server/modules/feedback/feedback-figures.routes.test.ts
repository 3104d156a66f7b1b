import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  feedbackAnswerBody,
  publicFeedbackRequest,
  requestFeedbackVia,
} from '../../../../tests/factories/feedback';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import { createInstitutionFixture, logInAs, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { Agenda } from '../../../shared/contracts/care';
import type { FeedbackSummary, PartnerFeedback } from '../../../shared/contracts/feedback';

// Monday 2 March 2026, 10:00 WITA.
const start = new Date('2026-03-02T02:00:00.000Z');

describeEachDatabase('feedback figures and the feedback_unanswered agenda item', (dialect) => {
  let t: TestApp;
  let adminEmail: string;
  let admin: Session;
  let partnerId: string;
  let contactId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(start);
    ({ adminEmail } = await createInstitutionFixture(t));
    admin = await logInAs(t, adminEmail);
    partnerId = (await createPartnerVia(admin)).id;
    contactId = (await createContactVia(admin, partnerId)).id;
  });
  afterAll(() => t.close());

  /** Sessions idle out while the clock jumps days ahead: sign in again at the new time. */
  async function at(moment: Date): Promise<void> {
    t.clock.set(moment);
    admin = await logInAs(t, adminEmail);
  }

  async function answer(satisfaction: number, recommend: number, after: Date) {
    const issued = await requestFeedbackVia(admin, partnerId, contactId);
    t.clock.set(after);
    const response = await publicFeedbackRequest(
      t,
      'POST',
      issued.request.id,
      issued.token,
      feedbackAnswerBody({ satisfaction, recommend }),
    );
    expect(response.statusCode, response.body).toBe(200);
    return issued;
  }

  it("computes the institution's and the partner's figures from known answers", async () => {
    await answer(5, 10, new Date(start.getTime() + 3_600_000));
    await at(new Date(start.getTime() + 2 * 3_600_000));
    await answer(2, 3, new Date(start.getTime() + 3 * 3_600_000));
    await at(new Date(start.getTime() + 4 * 3_600_000));
    await answer(4, 8, new Date(start.getTime() + 5 * 3_600_000));
    await at(new Date(start.getTime() + 6 * 3_600_000));
    await requestFeedbackVia(admin, partnerId, contactId);
    const cancelled = await requestFeedbackVia(admin, partnerId, contactId);
    await admin.request('POST', `/api/v1/feedback-requests/${cancelled.request.id}/cancellation`, {
      version: 1,
    });

    const summary = await admin.request('GET', '/api/v1/care/feedback-summary?from=2026-03-01&to=2026-03-31');
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json<FeedbackSummary>()).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      sent: 4,
      answered: 3,
      responseRate: 0.75,
      averageSatisfaction: 3.67,
      promoters: 1,
      passives: 1,
      detractors: 1,
      netPromoterScore: 0,
    });
    const before = await admin.request('GET', '/api/v1/care/feedback-summary?from=2026-02-01&to=2026-03-01');
    expect(before.json<FeedbackSummary>()).toMatchObject({
      sent: 0,
      answered: 0,
      responseRate: null,
      netPromoterScore: null,
    });

    const partner = (
      await admin.request('GET', `/api/v1/partners/${partnerId}/feedback`)
    ).json<PartnerFeedback>();
    expect(partner).toMatchObject({ latestSatisfaction: 4, averageSatisfaction: 3.7, answeredCount: 3 });
    expect(partner.requests.map((r) => r.status)).toEqual([
      'cancelled',
      'sent',
      'answered',
      'answered',
      'answered',
    ]);

    const answered = await admin.request('GET', '/api/v1/feedback-requests?status=answered&limit=2');
    const page = answered.json<{ items: { satisfaction: number }[]; nextCursor: string }>();
    expect(page.items.map((item) => item.satisfaction)).toEqual([4, 2]);
    const rest = await admin.request(
      'GET',
      `/api/v1/feedback-requests?status=answered&limit=2&cursor=${page.nextCursor}`,
    );
    expect(rest.json().items.map((item: { satisfaction: number }) => item.satisfaction)).toEqual([5]);
    expect(rest.json().nextCursor).toBeNull();
    const cancelledList = await admin.request('GET', '/api/v1/feedback-requests?status=cancelled');
    expect(cancelledList.json().items.map((item: { id: string }) => item.id)).toEqual([cancelled.request.id]);
    expect((await admin.request('GET', '/api/v1/feedback-requests?status=expired')).json().items).toEqual([]);
  });

  it('puts an unanswered request on the agenda after 7 days, and takes it off once answered', async () => {
    await at(new Date('2026-04-06T02:00:00.000Z'));
    const waiting = await requestFeedbackVia(admin, partnerId, contactId);
    const agendaItems = async () =>
      (await admin.request('GET', '/api/v1/care/agenda?scope=all'))
        .json<Agenda>()
        .items.filter((item) => item.reason === 'feedback_unanswered');

    await at(new Date('2026-04-12T02:00:00.000Z'));
    expect(await agendaItems()).toEqual([]);

    await at(new Date('2026-04-13T02:00:00.000Z'));
    const items = await agendaItems();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      partnerId,
      subject: { type: 'feedback_request', id: waiting.request.id },
      dueOn: '2026-04-13',
      daysOverdue: 0,
      suggestedPurpose: 'follow_up',
    });

    // Just expired (within a week) it stays, as the prompt for a new request; a week later it is gone.
    await at(new Date('2026-04-21T02:00:00.000Z'));
    expect((await agendaItems()).map((item) => item.daysOverdue)).toEqual([8]);
    await at(new Date('2026-04-28T02:00:00.000Z'));
    expect(await agendaItems()).toEqual([]);

    await at(new Date('2026-05-04T02:00:00.000Z'));
    const another = await requestFeedbackVia(admin, partnerId, contactId);
    await at(new Date('2026-05-12T02:00:00.000Z'));
    expect((await agendaItems()).map((item) => item.subject.id)).toEqual([another.request.id]);
    const response = await publicFeedbackRequest(
      t,
      'POST',
      another.request.id,
      another.token,
      feedbackAnswerBody(),
    );
    expect(response.statusCode).toBe(200);
    expect(await agendaItems()).toEqual([]);
  });
});
