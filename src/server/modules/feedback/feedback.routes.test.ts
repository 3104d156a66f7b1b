import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  feedbackAnswerBody,
  publicFeedbackRequest,
  requestFeedbackVia,
} from '../../../../tests/factories/feedback';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { FeedbackRequest, PublicFeedback } from '../../../shared/contracts/feedback';

const start = new Date('2026-03-02T02:00:00.000Z');
const dayMs = 86_400_000;

describeEachDatabase('feedback requests through a one-time link (technique 2)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let partnerId: string;
  let contactId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(start);
    manager = await signedInInstitution(t, 'manager');
    partnerId = (await createPartnerVia(manager)).id;
    contactId = (await createContactVia(manager, partnerId, { name: 'Rusmini' })).id;
  });
  afterAll(() => t.close());

  /** Every row a refusal must leave alone. */
  async function written(): Promise<string> {
    const db = t.deps.db;
    return JSON.stringify({
      requests: await db.selectFrom('feedback_requests').selectAll().orderBy('id').execute(),
      links: await db.selectFrom('public_links').selectAll().orderBy('id').execute(),
      audit: (await db.selectFrom('audit_events').select('id').execute()).length,
    });
  }

  it('issues a single-use link (14 days) with an Indonesian WhatsApp draft saying who asks and why', async () => {
    const issued = await requestFeedbackVia(manager, partnerId, contactId);
    expect(issued.url).toBe(`http://jalin.test/tautan/umpan-balik/${issued.request.id}/${issued.token}`);
    expect(issued.expiresAt).toBe(new Date(start.getTime() + 14 * dayMs).toISOString());
    expect(issued.request).toMatchObject({
      partnerId,
      contactId,
      contactName: 'Rusmini',
      status: 'sent',
      expired: false,
      satisfaction: null,
      version: 1,
    });
    expect(issued.whatsAppText).toContain('Bapak/Ibu Rusmini');
    expect(issued.whatsAppText).toContain('dari LKP Tas Rajut Banjarbaru');
    expect(issued.whatsAppText).toContain('umpan balik');
    expect(issued.whatsAppText).toContain(issued.url);
    // The factory's contact has 0812-5123-4567 on WhatsApp: the chat opens with that number.
    expect(issued.whatsAppUrl).toBe(
      `https://wa.me/6281251234567?text=${encodeURIComponent(issued.whatsAppText)}`,
    );
    const link = await t.deps.db
      .selectFrom('public_links')
      .selectAll()
      .where('subject_id', '=', issued.request.id)
      .executeTakeFirstOrThrow();
    expect(link).toMatchObject({ purpose: 'feedback_request', single_use: 1, recipient: 'Rusmini' });
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', issued.request.id)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['feedback_request.created']);
    expect(JSON.stringify(audit)).not.toContain(issued.token);
  });

  it("refuses another partner's contact, a contact who withdrew consent and a missing partner, writing nothing", async () => {
    const otherPartner = (await createPartnerVia(manager)).id;
    const otherContact = (await createContactVia(manager, otherPartner)).id;
    const withdrawn = (await createContactVia(manager, partnerId, { name: 'Pak Darto' })).id;
    await t.deps.db
      .updateTable('partner_contacts')
      .set({ consent_withdrawn_at: start.toISOString() })
      .where('id', '=', withdrawn)
      .execute();
    const before = await written();
    const ask = (partner: string, contact: string) =>
      manager.request('POST', `/api/v1/partners/${partner}/feedback-requests`, { contactId: contact });
    const foreign = await ask(partnerId, otherContact);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('CONTACT_NOT_FOUND');
    const refused = await ask(partnerId, withdrawn);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('CONTACT_CONSENT_WITHDRAWN');
    const missing = await ask('01900000-0000-7000-8000-00000000ffff', contactId);
    expect(missing.json().error.code).toBe('PARTNER_NOT_FOUND');
    expect(await written()).toBe(before);
  });

  it('the contact answers once: the answer, time, IP and browser are kept; a reuse is refused and writes nothing', async () => {
    const issued = await requestFeedbackVia(manager, partnerId, contactId);
    const form = await publicFeedbackRequest(t, 'GET', issued.request.id, issued.token);
    expect(form.statusCode, form.body).toBe(200);
    const page = form.json<PublicFeedback>();
    expect(page).toMatchObject({
      institutionName: 'LKP Tas Rajut Banjarbaru',
      contactName: 'Rusmini',
      answeredAt: null,
    });
    expect(page.questions.map((q) => [q.key, q.min, q.max, q.required])).toEqual([
      ['satisfaction', 1, 5, true],
      ['recommend', 0, 10, true],
      ['improve', null, null, false],
      ['comments', null, null, false],
      ['respondentName', null, null, false],
    ]);

    t.clock.advance(3 * 3_600_000);
    const answer = await publicFeedbackRequest(
      t,
      'POST',
      issued.request.id,
      issued.token,
      feedbackAnswerBody(),
      {
        'user-agent': 'Mozilla/5.0 (Linux; Android 14) Ponsel Mitra',
      },
    );
    expect(answer.statusCode, answer.body).toBe(200);
    const answeredAt = t.clock.now().toISOString();
    expect(answer.json<PublicFeedback>().answeredAt).toBe(answeredAt);
    const row = await t.deps.db
      .selectFrom('feedback_requests')
      .selectAll()
      .where('id', '=', issued.request.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'answered',
      satisfaction: 4,
      recommend: 9,
      improve: 'Jadwal magang diumumkan lebih awal',
      respondent_name: 'Ibu Hj. Rusmini',
      answered_at: answeredAt,
      answer_ip_address: '127.0.0.1',
      answer_user_agent: 'Mozilla/5.0 (Linux; Android 14) Ponsel Mitra',
      version: 2,
    });
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', issued.request.id)
      .orderBy('sequence')
      .execute();
    expect(audit.map((event) => [event.action, event.actor_user_id])).toEqual([
      ['feedback_request.created', manager.userId],
      ['feedback_request.answered', null],
    ]);

    const before = await written();
    const again = await publicFeedbackRequest(
      t,
      'POST',
      issued.request.id,
      issued.token,
      feedbackAnswerBody({ satisfaction: 1 }),
    );
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('LINK_USED');
    const reopened = await publicFeedbackRequest(t, 'GET', issued.request.id, issued.token);
    expect(reopened.json().error.code).toBe('LINK_USED');
    expect(await written()).toBe(before);
  });

  it('an expired link (clock moved past 14 days), a forged token and a token of another request are refused, writing nothing', async () => {
    const first = await requestFeedbackVia(manager, partnerId, contactId);
    const second = await requestFeedbackVia(manager, partnerId, contactId);
    const before = await written();
    const forged = await publicFeedbackRequest(
      t,
      'POST',
      first.request.id,
      `${first.token}x`,
      feedbackAnswerBody(),
    );
    expect(forged.statusCode).toBe(404);
    expect(forged.json().error.code).toBe('LINK_NOT_FOUND');
    const crossed = await publicFeedbackRequest(
      t,
      'POST',
      first.request.id,
      second.token,
      feedbackAnswerBody(),
    );
    expect(crossed.json().error.code).toBe('LINK_NOT_FOUND');
    const invalid = await publicFeedbackRequest(
      t,
      'POST',
      first.request.id,
      first.token,
      feedbackAnswerBody({ satisfaction: 6, recommend: 11 }),
    );
    expect(invalid.statusCode).toBe(400);
    expect(await written()).toBe(before);

    t.clock.advance(14 * dayMs + 60_000);
    const read = await publicFeedbackRequest(t, 'GET', first.request.id, first.token);
    expect(read.statusCode).toBe(410);
    expect(read.json().error.code).toBe('LINK_EXPIRED');
    const late = await publicFeedbackRequest(t, 'POST', first.request.id, first.token, feedbackAnswerBody());
    expect(late.json().error.code).toBe('LINK_EXPIRED');
    expect(await written()).toBe(before);
    t.clock.set(start);
  });

  it('cancelling revokes the link; an answered or cancelled request cannot be cancelled; a stale version is 409', async () => {
    const issued = await requestFeedbackVia(manager, partnerId, contactId);
    const stale = await manager.request(
      'POST',
      `/api/v1/feedback-requests/${issued.request.id}/cancellation`,
      {
        version: 7,
      },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const cancelled = await manager.request(
      'POST',
      `/api/v1/feedback-requests/${issued.request.id}/cancellation`,
      { version: 1 },
    );
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json<FeedbackRequest>()).toMatchObject({ status: 'cancelled', version: 2 });
    const opened = await publicFeedbackRequest(t, 'GET', issued.request.id, issued.token);
    expect(opened.json().error.code).toBe('LINK_REVOKED');
    const before = await written();
    const answered = await publicFeedbackRequest(
      t,
      'POST',
      issued.request.id,
      issued.token,
      feedbackAnswerBody(),
    );
    expect(answered.statusCode).toBe(410);
    const twice = await manager.request(
      'POST',
      `/api/v1/feedback-requests/${issued.request.id}/cancellation`,
      {
        version: 2,
      },
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('FEEDBACK_REQUEST_CLOSED');
    expect(await written()).toBe(before);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', issued.request.id)
      .orderBy('sequence')
      .execute();
    expect(audit.map((event) => event.action)).toEqual([
      'feedback_request.created',
      'feedback_request.cancelled',
    ]);
  });

  it("another institution sees none of it: the partner's feedback, the cancellation and the list answer like missing ones", async () => {
    const issued = await requestFeedbackVia(manager, partnerId, contactId);
    const outsider = await signedInInstitution(t, 'admin');
    const partner = await outsider.request('GET', `/api/v1/partners/${partnerId}/feedback`);
    expect(partner.statusCode).toBe(404);
    expect(partner.json().error.code).toBe('PARTNER_NOT_FOUND');
    const cancel = await outsider.request(
      'POST',
      `/api/v1/feedback-requests/${issued.request.id}/cancellation`,
      {
        version: 1,
      },
    );
    expect(cancel.statusCode).toBe(404);
    expect(cancel.json().error.code).toBe('FEEDBACK_REQUEST_NOT_FOUND');
    const ask = await outsider.request('POST', `/api/v1/partners/${partnerId}/feedback-requests`, {
      contactId,
    });
    expect(ask.json().error.code).toBe('PARTNER_NOT_FOUND');
    const list = await outsider.request('GET', '/api/v1/feedback-requests');
    expect(list.json().items).toEqual([]);
  });
});
