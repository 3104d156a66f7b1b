import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import {
  createWorkPlanVia,
  issueReviewLinkVia,
  placementItemBody,
  workPlanItemBody,
} from '../../../../tests/factories/work-plans';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

/** Tuesday 10 February 2026, 09.00 WITA. */
const now = new Date('2026-02-10T01:00:00.000Z');
const day = 24 * 3_600_000;

describeEachDatabase('work plan review by the partner, through a link', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  /** The partner has no account: no cookie, no CSRF token, a phone browser. */
  function asPartner(method: 'GET' | 'POST', url: string, payload?: unknown) {
    return t.app.inject({
      method,
      url,
      headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 13) Chrome/131 Mobile' },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  }

  const reviewUrl = (planId: string, token: string) => `/api/v1/public/work-plans/${planId}/review/${token}`;

  async function sentPlan(session: Session = manager) {
    t.clock.set(now);
    const partner = await createPartnerVia(session);
    const partnership = await createPartnershipVia(session, [partner.id]);
    const plan = await createWorkPlanVia(session, partnership.id, {
      items: [workPlanItemBody(), placementItemBody()],
    });
    const link = await issueReviewLinkVia(session, plan.id);
    return { partner, partnership, plan, link };
  }

  it('issues a link with a WhatsApp draft, shows the plan to the partner and records the approval', async () => {
    const { partnership, plan, link } = await sentPlan();
    const linkUrl = new URL(link.url);
    expect(`${linkUrl.origin}${linkUrl.pathname}`).toBe(
      `http://jalin.test/tautan/rencana-kerja/${plan.id}/${link.token}`,
    );
    expect(link.expiresAt).toBe(new Date(now.getTime() + 14 * day).toISOString());
    expect(link.whatsAppText).toMatch(/^Selamat pagi, Bapak\/Ibu\.\n/);
    expect(link.whatsAppText).toContain('dari LKP Tas Rajut Banjarbaru');
    expect(link.whatsAppText).toContain(
      'Rencana Kerja Bersama "Rencana Kerja Bersama PKW Tas Rajut" tahun 2026',
    );
    expect(link.whatsAppText).toContain(link.url);
    expect(link.whatsAppText).toContain('Tautan ini berlaku sampai Selasa, 24 Februari 2026.');
    const stored = await t.deps.db.selectFrom('public_links').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const opened = await asPartner('GET', reviewUrl(plan.id, link.token));
    expect(opened.statusCode, opened.body).toBe(200);
    const view = opened.json();
    expect(view).toMatchObject({
      id: plan.id,
      institutionName: 'LKP Tas Rajut Banjarbaru',
      partnershipName: (await manager.request('GET', `/api/v1/partnerships/${partnership.id}`)).json().name,
      partnerNames: [expect.stringMatching(/^Rumah Rajut Intan /)],
      status: 'in_review',
      version: 2,
      totals: { budgetRupiah: 15_000_000 },
      reviews: [],
    });
    expect(view.items[0].aspirations).toEqual({
      institution: 'Lulusan terserap bekerja',
      partner: 'Tenaga perajin siap kerja',
    });
    // Nothing else of the institution: no user ids, no e-mail, no audit, no other records.
    expect(Object.keys(view).sort()).toEqual(
      [
        'cycleYear',
        'id',
        'institutionName',
        'items',
        'linkExpiresAt',
        'partnerNames',
        'partnershipName',
        'programme',
        'reviews',
        'senderName',
        'status',
        'timeZone',
        'title',
        'totals',
        'version',
      ].sort(),
    );
    expect(opened.body).not.toContain(manager.userId);
    expect(opened.body).not.toContain('@');

    t.clock.set(new Date(now.getTime() + 2 * day));
    const approved = await asPartner('POST', reviewUrl(plan.id, link.token), {
      decision: 'approved',
      reviewerName: 'Hj. Rusmini',
      reviewerPosition: 'Pemilik Rumah Produksi',
      planVersion: 2,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      reviews: [
        { decision: 'approved', reviewerName: 'Hj. Rusmini', reviewerPosition: 'Pemilik Rumah Produksi' },
      ],
    });

    const seen = (await manager.request('GET', `/api/v1/work-plans/${plan.id}`)).json();
    expect(seen).toMatchObject({
      status: 'approved',
      approvedByName: 'Hj. Rusmini',
      approvedByPosition: 'Pemilik Rumah Produksi',
      approvedAt: new Date(now.getTime() + 2 * day).toISOString(),
    });
    const review = await t.deps.db
      .selectFrom('work_plan_reviews')
      .selectAll()
      .where('work_plan_id', '=', plan.id)
      .executeTakeFirstOrThrow();
    expect(review).toMatchObject({ plan_version: 2, ip_address: '127.0.0.1', reviewer_side: 'partner' });
    expect(review.user_agent).toContain('Android 13');
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'after_json'])
      .where('entity_id', '=', plan.id)
      .orderBy('sequence')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'work_plan.created',
      'work_plan.review_link_issued',
      'work_plan.reviewed',
    ]);
    expect(audit[2]!.actor_user_id).toBeNull();
    expect(JSON.parse(audit[2]!.after_json!)).toMatchObject({
      status: 'approved',
      reviewer: { name: 'Hj. Rusmini', position: 'Pemilik Rumah Produksi' },
    });
    expect(audit[1]!.after_json).not.toContain(link.token);

    // Changing the plan afterwards takes the approval back: the partner must approve again.
    const edited = await manager.request('PUT', `/api/v1/work-plans/${plan.id}/items`, {
      version: seen.version,
      items: [workPlanItemBody({ budgetRupiah: 16_000_000 })],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'draft', approvedByName: null, approvedAt: null });
    const lastAudit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'after_json'])
      .where('entity_id', '=', plan.id)
      .orderBy('sequence', 'desc')
      .executeTakeFirstOrThrow();
    expect(lastAudit.action).toBe('work_plan.items_replaced');
    expect(JSON.parse(lastAudit.after_json!)).toMatchObject({
      status: 'draft',
      returnedToDraftFrom: 'approved',
    });

    // The partner still holding the old page cannot approve what they did not see.
    const stale = await asPartner('POST', reviewUrl(plan.id, link.token), {
      decision: 'approved',
      reviewerName: 'Hj. Rusmini',
      reviewerPosition: 'Pemilik Rumah Produksi',
      planVersion: 3,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'WORK_PLAN_CHANGED', details: { currentVersion: 4 } });
  });

  it('asks for changes only with a comment, and the institution sees it', async () => {
    const { plan, link } = await sentPlan();
    const bare = await asPartner('POST', reviewUrl(plan.id, link.token), {
      decision: 'changes_requested',
      reviewerName: 'Ahmad Fauzi',
      reviewerPosition: 'Ketua Koperasi',
      planVersion: 2,
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.details[0]).toMatchObject({
      path: ['body', 'comment'],
      message: 'REVIEW_COMMENT_REQUIRED',
    });
    const asked = await asPartner('POST', reviewUrl(plan.id, link.token), {
      decision: 'changes_requested',
      reviewerName: 'Ahmad Fauzi',
      reviewerPosition: 'Ketua Koperasi',
      comment: 'Mohon pelatihan dimulai bulan April, setelah panen.',
      planVersion: 2,
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const seen = (await manager.request('GET', `/api/v1/work-plans/${plan.id}`)).json();
    expect(seen).toMatchObject({
      status: 'changes_requested',
      approvedByName: null,
      reviews: [
        { decision: 'changes_requested', comment: 'Mohon pelatihan dimulai bulan April, setelah panen.' },
      ],
    });
  });

  it("refuses a link on another plan's address, an unknown token, and an expired link", async () => {
    const a = await sentPlan();
    const b = await sentPlan();
    const swapped = await asPartner('GET', reviewUrl(b.plan.id, a.link.token));
    expect(swapped.statusCode).toBe(404);
    expect(swapped.json().error.code).toBe('LINK_NOT_FOUND');
    const unknown = await asPartner('GET', reviewUrl(a.plan.id, `${a.link.token}x`));
    expect(unknown.json().error.code).toBe('LINK_NOT_FOUND');
    const swappedPost = await asPartner('POST', reviewUrl(b.plan.id, a.link.token), {
      decision: 'approved',
      reviewerName: 'Hj. Rusmini',
      reviewerPosition: 'Pemilik',
      planVersion: 2,
    });
    expect(swappedPost.statusCode).toBe(404);

    t.clock.set(new Date(now.getTime() + 14 * day + 1000));
    const expired = await asPartner('GET', reviewUrl(a.plan.id, a.link.token));
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('LINK_EXPIRED');
    const late = await asPartner('POST', reviewUrl(a.plan.id, a.link.token), {
      decision: 'approved',
      reviewerName: 'Hj. Rusmini',
      reviewerPosition: 'Pemilik',
      planVersion: 2,
    });
    expect(late.statusCode).toBe(410);
    const statuses = await t.deps.db
      .selectFrom('work_plans')
      .select('status')
      .where('id', 'in', [a.plan.id, b.plan.id])
      .execute();
    expect(statuses.map((row) => row.status)).toEqual(['in_review', 'in_review']);
  });

  it('a deleted plan takes its links with it', async () => {
    const { plan, link } = await sentPlan();
    await asPartner('POST', reviewUrl(plan.id, link.token), {
      decision: 'changes_requested',
      reviewerName: 'Ahmad Fauzi',
      reviewerPosition: 'Ketua Koperasi',
      comment: 'Kegiatan kedua tidak kami sanggupi tahun ini.',
      planVersion: 2,
    });
    const removed = await manager.request('DELETE', `/api/v1/work-plans/${plan.id}?version=3`);
    expect(removed.statusCode, removed.body).toBe(200);
    const gone = await asPartner('GET', reviewUrl(plan.id, link.token));
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error.code).toBe('LINK_REVOKED');
  });

  it('another institution cannot issue links for the plan; its own link does not open it', async () => {
    const { plan } = await sentPlan();
    const foreign = await outsider.request('POST', `/api/v1/work-plans/${plan.id}/review-links`, {});
    expect(foreign.statusCode).toBe(404);
    const own = await sentPlan(outsider);
    const crossed = await asPartner('GET', reviewUrl(plan.id, own.link.token));
    expect(crossed.statusCode).toBe(404);
    expect(crossed.json().error.code).toBe('LINK_NOT_FOUND');
  });
});
