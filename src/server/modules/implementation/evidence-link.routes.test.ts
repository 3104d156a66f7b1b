import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ActivityList, PublicEvidencePage } from '../../../shared/contracts/activities';
import {
  createActivityVia,
  evidenceUpload,
  issueEvidenceLinkVia,
} from '../../../../tests/factories/activities';
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

/** Tuesday 10 March 2026, 09.00 WITA. */
const now = new Date('2026-03-10T01:00:00.000Z');
const day = 24 * 3_600_000;

describeEachDatabase('partner evidence through a link', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  async function planned() {
    t.clock.set(now);
    const partner = await createPartnerVia(manager);
    const partnership = await createPartnershipVia(manager, [partner.id]);
    const plan = await createWorkPlanVia(manager, partnership.id, {
      items: [workPlanItemBody(), placementItemBody()],
    });
    return { partnershipId: partnership.id, training: plan.items[0]!, placement: plan.items[1]! };
  }

  /** The partner has no account: no cookie, no CSRF token. */
  function asPartner(
    method: 'GET' | 'POST',
    url: string,
    body?: { payload: Buffer; headers: Record<string, string> },
  ) {
    return t.app.inject({ method, url, ...(body ? { payload: body.payload, headers: body.headers } : {}) });
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

  it('issues a 30-day link with a polite Indonesian WhatsApp text; the partner sees only its own items', async () => {
    const { partnershipId, placement } = await planned();
    const link = await issueEvidenceLinkVia(manager, partnershipId);
    expect(link.url).toContain(`/tautan/bukti-kegiatan/${partnershipId}/`);
    expect(new Date(link.expiresAt).getTime() - now.getTime()).toBe(30 * day);
    expect(link.whatsAppText).toContain(link.url);
    expect(link.whatsAppText).toMatch(/bukti kegiatan/);
    const page = await asPartner(
      'GET',
      `/api/v1/public/partnerships/${partnershipId}/evidence/${link.token}`,
    );
    expect(page.statusCode, page.body).toBe(200);
    const body = page.json<PublicEvidencePage>();
    expect(body.items.map((item) => item.id)).toEqual([placement.id]);
    expect(body).toMatchObject({ partnershipName: 'PKW Pembuatan Tas Rajut 2026', cycleYear: 2026 });
  });

  it("attaches the partner's attendance list to its item: a new activity first, then the same one", async () => {
    const { partnershipId, placement } = await planned();
    const link = await issueEvidenceLinkVia(manager, partnershipId);
    const url = `/api/v1/public/partnerships/${partnershipId}/evidence/${link.token}/items/${placement.id}/evidence`;
    const first = await asPartner(
      'POST',
      url,
      evidenceUpload(tinyPdf(), {
        kind: 'attendance',
        filename: 'daftar-hadir.pdf',
        contentType: 'application/pdf',
        caption: 'Daftar hadir magang minggu 1',
        contributorName: 'Hj. Rusmini',
      }),
    );
    expect(first.statusCode, first.body).toBe(201);
    const page = first.json<PublicEvidencePage>();
    expect(page.items[0]!.activities).toHaveLength(1);
    expect(page.items[0]!.activities[0]).toMatchObject({ status: 'in_progress', title: placement.activity });
    expect(page.items[0]!.activities[0]!.evidence[0]).toMatchObject({
      kind: 'attendance',
      side: 'partner',
      contributorName: 'Hj. Rusmini',
      contentType: 'application/pdf',
    });
    const second = await asPartner(
      'POST',
      url,
      evidenceUpload(await phonePhotoWithLocation(), { contributorName: 'Hj. Rusmini' }),
    );
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json<PublicEvidencePage>().items[0]!.activities[0]!.evidence).toHaveLength(2);

    const list = (
      await manager.request('GET', `/api/v1/partnerships/${partnershipId}/activities`)
    ).json<ActivityList>();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      carriedOutBy: 'partner',
      status: 'in_progress',
      outcomeKind: 'graduates_hired',
    });
    expect(list.items[0]!.evidence.map((e) => [e.kind, e.side])).toEqual([
      ['attendance', 'partner'],
      ['photo', 'partner'],
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('entity_id', '=', list.items[0]!.id)
      .orderBy('sequence')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'activity.created',
      'activity.evidence_added',
      'activity.evidence_added',
    ]);
    expect(audit.every((row) => row.actor_user_id === null)).toBe(true);
  });

  it("joins the item's newest activity when the institution already recorded one", async () => {
    const { partnershipId, placement } = await planned();
    const recorded = await createActivityVia(manager, partnershipId, { workPlanItemId: placement.id });
    const link = await issueEvidenceLinkVia(manager, partnershipId);
    const sent = await asPartner(
      'POST',
      `/api/v1/public/partnerships/${partnershipId}/evidence/${link.token}/items/${placement.id}/evidence`,
      evidenceUpload(await phonePhotoWithLocation(), { contributorName: 'Hj. Rusmini' }),
    );
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json<PublicEvidencePage>().items[0]!.activities.map((a) => a.id)).toEqual([recorded.id]);
  });

  it("refuses an item that is not the partner's (422), a missing name (400), an expired link (410), writing nothing", async () => {
    const { partnershipId, training, placement } = await planned();
    const link = await issueEvidenceLinkVia(manager, partnershipId);
    const base = `/api/v1/public/partnerships/${partnershipId}/evidence/${link.token}/items`;
    const before = await written();
    const foreign = await asPartner(
      'POST',
      `${base}/${training.id}/evidence`,
      evidenceUpload(await phonePhotoWithLocation(), { contributorName: 'Hj. Rusmini' }),
    );
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.code).toBe('ITEM_NOT_PARTNERS');
    const nameless = await asPartner(
      'POST',
      `${base}/${placement.id}/evidence`,
      evidenceUpload(await phonePhotoWithLocation()),
    );
    expect(nameless.statusCode).toBe(400);
    expect(await written()).toEqual(before);

    t.clock.set(new Date(now.getTime() + 30 * day + 1000));
    const expired = await asPartner(
      'POST',
      `${base}/${placement.id}/evidence`,
      evidenceUpload(await phonePhotoWithLocation(), { contributorName: 'Hj. Rusmini' }),
    );
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('LINK_EXPIRED');
    const expiredPage = await asPartner(
      'GET',
      `/api/v1/public/partnerships/${partnershipId}/evidence/${link.token}`,
    );
    expect(expiredPage.statusCode).toBe(410);
    expect(await written()).toEqual(before);

    const unknown = await asPartner(
      'GET',
      `/api/v1/public/partnerships/${partnershipId}/evidence/tautan-palsu`,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('LINK_NOT_FOUND');
  });
});
