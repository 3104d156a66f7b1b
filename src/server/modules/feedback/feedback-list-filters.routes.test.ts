import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FeedbackRequest } from '../../../shared/contracts/feedback';
import {
  feedbackAnswerBody,
  publicFeedbackRequest,
  requestFeedbackVia,
} from '../../../../tests/factories/feedback';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import { createInstitutionFixture, logInAs, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

type Page = { items: FeedbackRequest[]; nextCursor: string | null };

describeEachDatabase('feedback requests by satisfaction and the local month of the answer', (dialect) => {
  let t: TestApp;
  let adminEmail: string;
  let admin: Session;
  let outsider: Session;
  let partnerId: string;
  let contactId: string;
  const ids: Record<string, string> = {};

  async function at(moment: string): Promise<void> {
    t.clock.set(new Date(moment));
    admin = await logInAs(t, adminEmail);
  }

  async function answered(name: string, satisfaction: number, answeredAt: string): Promise<void> {
    const issued = await requestFeedbackVia(admin, partnerId, contactId);
    t.clock.set(new Date(answeredAt));
    const response = await publicFeedbackRequest(
      t,
      'POST',
      issued.request.id,
      issued.token,
      feedbackAnswerBody({ satisfaction }),
    );
    expect(response.statusCode, response.body).toBe(200);
    ids[name] = issued.request.id;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-02-27T02:00:00.000Z'));
    ({ adminEmail } = await createInstitutionFixture(t)); // WITA, UTC+8
    await at('2026-02-27T02:00:00.000Z');
    partnerId = (await createPartnerVia(admin)).id;
    contactId = (await createContactVia(admin, partnerId)).id;
    // 23:30 WITA on 28 February: February.
    await answered('lastOfFebruary', 4, '2026-02-28T15:30:00.000Z');
    await at('2026-02-28T15:40:00.000Z');
    // 00:30 WITA on 1 March, still 28 February in UTC: March.
    await answered('firstOfMarch', 4, '2026-02-28T16:30:00.000Z');
    await at('2026-03-30T02:00:00.000Z');
    // 23:30 WITA on 31 March: March.
    await answered('lastOfMarch', 5, '2026-03-31T15:30:00.000Z');
    await at('2026-03-31T15:40:00.000Z');
    // 00:30 WITA on 1 April: April.
    await answered('firstOfApril', 4, '2026-03-31T16:30:00.000Z');
    await at('2026-04-02T02:00:00.000Z');
    ids.unanswered = (await requestFeedbackVia(admin, partnerId, contactId)).request.id;
    const other = await createInstitutionFixture(t);
    outsider = await logInAs(t, other.adminEmail);
    const theirPartner = (await createPartnerVia(outsider)).id;
    const theirContact = (await createContactVia(outsider, theirPartner)).id;
    const theirs = await requestFeedbackVia(outsider, theirPartner, theirContact);
    const response = await publicFeedbackRequest(
      t,
      'POST',
      theirs.request.id,
      theirs.token,
      feedbackAnswerBody({ satisfaction: 4 }),
    );
    expect(response.statusCode, response.body).toBe(200);
    ids.outsiders = theirs.request.id;
  });
  afterAll(() => t.close());

  async function list(session: Session, query: string): Promise<string[]> {
    const found: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await session.request(
        'GET',
        `/api/v1/feedback-requests?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<Page>();
      found.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    return found.sort();
  }
  const sorted = (...names: string[]) => names.map((name) => ids[name]!).sort();

  it('keeps answered requests with the satisfaction asked for', async () => {
    expect(await list(admin, 'satisfaction=4')).toEqual(
      sorted('lastOfFebruary', 'firstOfMarch', 'firstOfApril'),
    );
    expect(await list(admin, 'status=answered&satisfaction=5')).toEqual(sorted('lastOfMarch'));
    expect(await list(admin, 'satisfaction=1')).toEqual([]);
    expect(await list(admin, 'status=sent')).toEqual(sorted('unanswered'));
  });

  it('places an answer in its local month, the first and last local days included', async () => {
    expect(await list(admin, 'from=2026-02&to=2026-02')).toEqual(sorted('lastOfFebruary'));
    expect(await list(admin, 'from=2026-03&to=2026-03')).toEqual(sorted('firstOfMarch', 'lastOfMarch'));
    expect(await list(admin, 'status=answered&satisfaction=4&from=2026-03&to=2026-03')).toEqual(
      sorted('firstOfMarch'),
    );
    expect(await list(admin, 'from=2026-04')).toEqual(sorted('firstOfApril'));
    expect(await list(admin, 'to=2026-02')).toEqual(sorted('lastOfFebruary'));
    expect(await list(admin, 'from=2026-01&to=2026-12')).toEqual(
      sorted('lastOfFebruary', 'firstOfMarch', 'lastOfMarch', 'firstOfApril'),
    );
  });

  it("never lists another institution's answers", async () => {
    expect(await list(admin, 'satisfaction=4&from=2026-01&to=2026-12')).not.toContain(ids.outsiders);
    expect(await list(outsider, 'satisfaction=4')).toEqual([ids.outsiders]);
  });

  it('refuses a reversed period or a satisfaction off the scale', async () => {
    const reversed = await admin.request('GET', '/api/v1/feedback-requests?from=2026-04&to=2026-03');
    expect(reversed.statusCode, reversed.body).toBe(422);
    expect(reversed.body).toContain('PERIOD_REVERSED');
    const badMonth = await admin.request('GET', '/api/v1/feedback-requests?from=2026-3');
    expect(badMonth.statusCode, badMonth.body).toBe(422);
    expect(badMonth.json<{ error: { code: string } }>().error.code).toBe('MONTH_FORMAT');
    for (const query of ['satisfaction=0', 'satisfaction=6', 'satisfaction=empat']) {
      const response = await admin.request('GET', `/api/v1/feedback-requests?${query}`);
      expect(response.statusCode, `${query}: ${response.body}`).toBe(400);
    }
  });
});
