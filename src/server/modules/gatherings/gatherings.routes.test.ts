import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Gathering, InviteResponse, PublicInvitation } from '../../../shared/contracts/gatherings';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

/** Monday 2 March 2026, 09.00 WITA; the gathering is on Thursday 12 March. */
const now = new Date('2026-03-02T01:00:00.000Z');
const startsAt = '2026-03-12T01:00:00.000Z';

describeEachDatabase('partner gatherings (temu mitra)', (dialect) => {
  let t: TestApp;
  let facilitator: Session;
  let facilitatorEmail: string;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(now);
    const { institutionId } = await createInstitutionFixture(t);
    facilitatorEmail = (await createUserFixture(t, institutionId, 'facilitator')).email;
    facilitator = await logInAs(t, facilitatorEmail);
    other = await signedInInstitution(t, 'manager');
  });

  /** Sessions lapse when the clock jumps days ahead: sign in again on the new day. */
  async function signInAgain() {
    facilitator = await logInAs(t, facilitatorEmail);
    other = await signedInInstitution(t, 'manager');
  }
  afterAll(() => t.close());

  const asPartner = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}) });
  const count = async (table: 'gathering_invitations' | 'audit_events') =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const invitationRow = (id: string) =>
    t.deps.db.selectFrom('gathering_invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  async function planned() {
    t.clock.set(now);
    await signInAgain();
    const created = await facilitator.request('POST', '/api/v1/gatherings', {
      title: 'Temu Mitra LKP 2026',
      startsAt,
      endsAt: '2026-03-12T04:00:00.000Z',
      place: 'Aula LKP, Jl. A. Yani Km 34, Banjarbaru',
      agenda: 'Paparan capaian, diskusi kebutuhan tenaga kerja',
    });
    expect(created.statusCode, created.body).toBe(201);
    const gathering = created.json<Gathering>();
    const batik = await createPartnerVia(facilitator, {
      name: 'Butik Sasirangan Amanah',
      confirmDuplicates: true,
    });
    const contact = await createContactVia(facilitator, batik.id, {
      name: 'Rusmini',
      phone: '0812-3456-7890',
      whatsApp: true,
    });
    const hotel = await createPartnerVia(facilitator, {
      name: 'Hotel Banjar Permai',
      confirmDuplicates: true,
    });
    const invited = await facilitator.request('POST', `/api/v1/gatherings/${gathering.id}/invitations`, {
      partnerIds: [batik.id, hotel.id],
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const items = invited.json<InviteResponse>().items;
    const forBatik = items.find((i) => i.invitation.partnerId === batik.id)!;
    const forHotel = items.find((i) => i.invitation.partnerId === hotel.id)!;
    const token = (url: string) => url.split('/').at(-1)!;
    return { gathering, forBatik, forHotel, contactId: contact.id, token };
  }

  it('invites each partner with its own link and an Indonesian WhatsApp draft to its contact', async () => {
    const { gathering, forBatik, forHotel, contactId } = await planned();
    expect(forBatik.invitation).toMatchObject({ contactId, contactName: 'Rusmini', reply: 'pending' });
    expect(forBatik.url).toContain(`/tautan/temu-mitra/${forBatik.invitation.id}/`);
    expect(forBatik.url).not.toBe(forHotel.url);
    expect(forBatik.whatsAppText).toContain('Bapak/Ibu Rusmini');
    expect(forBatik.whatsAppText).toContain('Temu Mitra LKP 2026');
    expect(forBatik.whatsAppText).toContain('Kamis, 12 Maret 2026');
    expect(forBatik.whatsAppText).toContain('09.00–12.00 WITA');
    expect(forBatik.whatsAppText).toContain(forBatik.url);
    expect(forBatik.whatsAppUrl).toBe(
      `https://wa.me/6281234567890?text=${encodeURIComponent(forBatik.whatsAppText)}`,
    );
    expect(forHotel.invitation.contactId).toBeNull();
    expect(forHotel.whatsAppUrl.startsWith('https://wa.me/?text=')).toBe(true);
    const read = await facilitator.request('GET', `/api/v1/gatherings/${gathering.id}`);
    expect(read.json<Gathering>().counts).toMatchObject({
      invited: 2,
      pending: 2,
      attending: 0,
      attended: 0,
    });
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'after_json'])
      .where('entity_id', '=', forBatik.invitation.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['gathering.invitation_issued']);
    expect(audit[0]!.after_json).not.toContain(forBatik.url.split('/').at(-1)!);
  });

  it('takes a reply through the link, lets the partner change it until the start, then closes', async () => {
    const { gathering, forBatik, token } = await planned();
    const url = `/api/v1/public/gathering-invitations/${forBatik.invitation.id}/${token(forBatik.url)}`;
    const page = await asPartner('GET', url);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json<PublicInvitation>()).toMatchObject({
      partnerName: 'Butik Sasirangan Amanah',
      title: 'Temu Mitra LKP 2026',
      reply: 'pending',
      timeZone: 'Asia/Makassar',
    });
    const noCount = await asPartner('POST', url, { reply: 'attending' });
    expect(noCount.statusCode).toBe(422);
    const yes = await asPartner('POST', url, { reply: 'attending', attendeeCount: 2, note: 'Bersama staf' });
    expect(yes.statusCode, yes.body).toBe(200);
    expect(yes.json<PublicInvitation>()).toMatchObject({ reply: 'attending', attendeeCount: 2 });
    t.clock.set(new Date('2026-03-11T01:00:00.000Z'));
    const maybe = await asPartner('POST', url, { reply: 'maybe', attendeeCount: 1 });
    await signInAgain();
    expect(maybe.json<PublicInvitation>().reply).toBe('maybe');
    const counts = (await facilitator.request('GET', `/api/v1/gatherings/${gathering.id}`)).json<Gathering>()
      .counts;
    expect(counts).toMatchObject({ invited: 2, maybe: 1, pending: 1, attending: 0 });
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', forBatik.invitation.id)
      .orderBy('sequence')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'gathering.invitation_issued',
      'gathering.replied',
      'gathering.reply_changed',
    ]);
    t.clock.set(new Date(startsAt));
    const late = await asPartner('POST', url, { reply: 'declined' });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ error: { code: string } }>().error.code).toBe('GATHERING_REPLY_CLOSED');
    expect((await invitationRow(forBatik.invitation.id)).reply).toBe('maybe');
  });

  it('refuses a forged, foreign or expired token with a coded error, writing nothing', async () => {
    const { forBatik, forHotel, token } = await planned();
    const before = { invitations: await count('gathering_invitations'), audit: await count('audit_events') };
    const forged = await asPartner(
      'POST',
      `/api/v1/public/gathering-invitations/${forBatik.invitation.id}/${'x'.repeat(43)}`,
      { reply: 'declined' },
    );
    expect(forged.statusCode).toBe(404);
    expect(forged.json<{ error: { code: string } }>().error.code).toBe('LINK_NOT_FOUND');
    // The hotel's token does not open the batik's invitation.
    const crossed = await asPartner(
      'POST',
      `/api/v1/public/gathering-invitations/${forBatik.invitation.id}/${token(forHotel.url)}`,
      { reply: 'declined' },
    );
    expect(crossed.json<{ error: { code: string } }>().error.code).toBe('LINK_NOT_FOUND');
    t.clock.set(new Date('2026-04-20T00:00:00.000Z'));
    const expired = await asPartner(
      'POST',
      `/api/v1/public/gathering-invitations/${forBatik.invitation.id}/${token(forBatik.url)}`,
      { reply: 'declined' },
    );
    expect(expired.statusCode).toBe(410);
    expect(expired.json<{ error: { code: string } }>().error.code).toBe('LINK_EXPIRED');
    expect((await invitationRow(forBatik.invitation.id)).reply).toBe('pending');
    expect({ invitations: await count('gathering_invitations'), audit: await count('audit_events') }).toEqual(
      before,
    );
  });

  it('marks attendance on the day and counts who came; other institutions see nothing', async () => {
    const { gathering, forBatik, forHotel } = await planned();
    t.clock.set(new Date('2026-03-12T02:00:00.000Z'));
    await signInAgain();
    const marked = await facilitator.request('PUT', `/api/v1/gatherings/${gathering.id}/attendance`, {
      items: [
        { invitationId: forBatik.invitation.id, attended: true },
        { invitationId: forHotel.invitation.id, attended: false },
      ],
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json<Gathering>().counts.attended).toBe(1);
    const held = await facilitator.request('PATCH', `/api/v1/gatherings/${gathering.id}`, {
      version: gathering.version,
      status: 'held',
    });
    expect(held.json<Gathering>().status).toBe('held');
    const late = await facilitator.request('POST', `/api/v1/gatherings/${gathering.id}/invitations`, {
      partnerIds: [forBatik.invitation.partnerId],
    });
    expect(late.json<{ error: { code: string } }>().error.code).toBe('GATHERING_NOT_OPEN');
    expect((await other.request('GET', `/api/v1/gatherings/${gathering.id}`)).statusCode).toBe(404);
    const foreignMark = await other.request('PUT', `/api/v1/gatherings/${gathering.id}/attendance`, {
      items: [{ invitationId: forBatik.invitation.id, attended: false }],
    });
    expect(foreignMark.statusCode).toBe(404);
    expect((await invitationRow(forBatik.invitation.id)).attended).toBe(1);
    const list = await other.request('GET', '/api/v1/gatherings');
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
  });
});
