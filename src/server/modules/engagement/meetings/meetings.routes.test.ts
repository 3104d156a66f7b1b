import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInteractionVia, createPartnershipVia } from '../../../../../tests/factories/engagement';
import { meetingBody } from '../../../../../tests/factories/meetings';
import { multipart } from '../../../../../tests/factories/multipart';
import { createContactVia, createPartnerVia } from '../../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../../tests/factories/people';
import { executableBytes, phonePhotoWithLocation, tinyPdf } from '../../../../../tests/factories/photos';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../tests/setup/test-app';

/** Wednesday 8 April 2026, 09.00 WITA. */
const now = new Date('2026-04-08T01:00:00.000Z');

describeEachDatabase('exploration meetings (guide step 4)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(now);
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const base = (partnershipId: string) => `/api/v1/partnerships/${partnershipId}/meetings`;

  function storedFileCount(): number {
    const root = path.join(t.database.dataDir, 'files');
    if (!fs.existsSync(root)) return 0;
    return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      .length;
  }

  /** Everything a refused request could leave behind: meeting and file rows, audit events, stored files. */
  async function written() {
    const count = async (table: 'partnership_meetings' | 'files' | 'audit_events') =>
      Number(
        (
          await t.deps.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      meetings: await count('partnership_meetings'),
      files: await count('files'),
      audit: await count('audit_events'),
      stored: storedFileCount(),
    };
  }

  async function auditActions(entityId: string): Promise<string[]> {
    const rows = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', entityId)
      .orderBy('sequence')
      .execute();
    return rows.map((row) => row.action);
  }

  /** A partnership of two partners, moved through steps 1–3 to exploration. */
  async function partnershipInExploration(session: Session) {
    const knitters = await createPartnerVia(session);
    const cooperative = await createPartnerVia(session, { category: 'cooperative' });
    const owner = await createContactVia(session, knitters.id, {
      name: 'Ibu Hj. Rusmini',
      phone: '0812-5123-4567',
    });
    const buyer = await createContactVia(session, cooperative.id, {
      name: 'Ahmad Fauzi',
      phone: '+62 813 4800 1122',
      email: 'fauzi@koperasi.id',
    });
    const partnership = await createPartnershipVia(session, [knitters.id, cooperative.id]);
    await createInteractionVia(session, [knitters.id], { occurredAt: '2026-04-01T03:00:00.000Z' });
    for (const to of ['information_gathering', 'analysis', 'exploration']) {
      const moved = await session.request('POST', `/api/v1/partnerships/${partnership.id}/transitions`, {
        to,
      });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    return { id: partnership.id, knitters, cooperative, owner, buyer };
  }

  it('schedules an audience, refuses its outcome before it starts, and a positive outcome opens work planning', async () => {
    const p = await partnershipInExploration(manager);
    const created = await manager.request(
      'POST',
      base(p.id),
      meetingBody(0, {
        startsAt: '2026-04-08T02:00:00.000Z',
        endsAt: '2026-04-08T04:00:00.000Z',
        attendees: {
          partner: [{ contactId: p.owner.id, name: 'Ibu Hj. Rusmini', role: 'Pemilik' }],
          institution: [{ userId: manager.userId, name: 'Pengguna manager' }],
        },
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({
      kind: 'audience',
      startsAt: '2026-04-08T02:00:00.000Z',
      started: false,
      outcome: null,
      material: null,
      version: 1,
      attendees: {
        partner: [{ contactId: p.owner.id, name: 'Ibu Hj. Rusmini', role: 'Pemilik' }],
        institution: [{ userId: manager.userId, name: 'Pengguna manager', role: null }],
      },
    });

    // A presentation held last week sorts after the upcoming audience.
    const held = await manager.request(
      'POST',
      base(p.id),
      meetingBody(0, {
        kind: 'presentation',
        title: 'Presentasi di koperasi',
        startsAt: '2026-04-01T06:00:00+08:00',
        endsAt: null,
        place: null,
        onlineLink: 'https://meet.example.id/pkw-rajut',
      }),
    );
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({ startsAt: '2026-03-31T22:00:00.000Z', started: true });
    const list = await manager.request('GET', base(p.id));
    expect(list.json().items.map((m: { id: string }) => m.id)).toEqual([meeting.id, held.json().id]);

    const refusedMove = await manager.request('POST', `/api/v1/partnerships/${p.id}/transitions`, {
      to: 'work_planning',
    });
    expect(refusedMove.statusCode).toBe(409);
    expect(refusedMove.json().error).toMatchObject({
      code: 'PARTNERSHIP_GATE_UNMET',
      details: { gate: 'positive_exploration_outcome' },
    });

    const before = await written();
    const early = await manager.request('PATCH', `${base(p.id)}/${meeting.id}`, {
      version: 1,
      outcome: 'positive',
      interestLevel: 'high',
    });
    expect(early.statusCode, early.body).toBe(422);
    expect(early.json().error.code).toBe('MEETING_NOT_STARTED');
    expect(await written()).toEqual(before);

    // An hour later the audience has begun, and it goes well.
    t.clock.set(new Date('2026-04-08T02:30:00.000Z'));
    const recorded = await manager.request('PATCH', `${base(p.id)}/${meeting.id}`, {
      version: 1,
      outcome: 'positive',
      interestLevel: 'high',
      outcomeNotes: 'Pemilik siap menerima 5 peserta magang',
      nextStep: 'Susun rencana kerja bersama',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({
      outcome: 'positive',
      interestLevel: 'high',
      started: true,
      version: 2,
    });
    const row = await t.deps.db
      .selectFrom('partnership_meetings')
      .selectAll()
      .where('id', '=', meeting.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      outcome: 'positive',
      interest_level: 'high',
      next_step: 'Susun rencana kerja bersama',
    });

    const detail = await manager.request('GET', `/api/v1/partnerships/${p.id}`);
    expect(detail.json().moves).toContainEqual({
      to: 'work_planning',
      gate: 'positive_exploration_outcome',
      gateMet: true,
    });
    const planning = await manager.request('POST', `/api/v1/partnerships/${p.id}/transitions`, {
      to: 'work_planning',
    });
    expect(planning.statusCode, planning.body).toBe(200);
    expect(planning.json().stage).toBe('work_planning');
    expect(await auditActions(meeting.id)).toEqual([
      'partnership_meeting.created',
      'partnership_meeting.outcome_recorded',
    ]);

    const stale = await manager.request('PATCH', `${base(p.id)}/${meeting.id}`, {
      version: 1,
      title: 'Lagi',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    t.clock.set(now);
  });

  it('refuses bad schedules, strangers and foreign partnerships with nothing written', async () => {
    const p = await partnershipInExploration(manager);
    const foreign = await partnershipInExploration(outsider);
    const otherPartner = await createPartnerVia(manager);
    const stranger = await createContactVia(manager, otherPartner.id);
    const before = await written();
    const cases: [object, number, string][] = [
      [
        meetingBody(0, { startsAt: '2026-04-10T03:00:00.000Z', endsAt: '2026-04-10T01:00:00.000Z' }),
        422,
        'MEETING_ENDS_BEFORE_START',
      ],
      [
        meetingBody(0, { startsAt: '2026-04-10T03:00:00.000Z', place: null, onlineLink: null }),
        422,
        'MEETING_PLACE_MISSING',
      ],
      [
        meetingBody(0, { startsAt: '2026-04-10T03:00:00.000Z', onlineLink: 'javascript:alert(1)' }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        meetingBody(0, {
          startsAt: '2026-04-10T03:00:00.000Z',
          attendees: { partner: [{ contactId: stranger.id, name: 'Bukan mitra ini' }], institution: [] },
        }),
        404,
        'CONTACT_NOT_FOUND',
      ],
      [
        meetingBody(0, {
          startsAt: '2026-04-10T03:00:00.000Z',
          attendees: { partner: [], institution: [{ userId: outsider.userId, name: 'Orang lembaga lain' }] },
        }),
        404,
        'USER_NOT_FOUND',
      ],
    ];
    for (const [body, status, code] of cases) {
      const response = await manager.request('POST', base(p.id), body);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error.code).toBe(code);
    }
    const intruding = await manager.request(
      'POST',
      base(foreign.id),
      meetingBody(0, { startsAt: '2026-04-10T03:00:00.000Z' }),
    );
    expect(intruding.statusCode).toBe(404);
    expect(intruding.json().error.code).toBe('PARTNERSHIP_NOT_FOUND');
    expect(await written()).toEqual(before);

    // A meeting of another institution's partnership, addressed through one's own: not found.
    const theirs = await outsider.request(
      'POST',
      base(foreign.id),
      meetingBody(0, { startsAt: '2026-04-10T03:00:00.000Z' }),
    );
    expect(theirs.statusCode).toBe(201);
    const peek = await manager.request('GET', `${base(p.id)}/${theirs.json().id}`);
    expect(peek.statusCode).toBe(404);
    expect(peek.json().error.code).toBe('MEETING_NOT_FOUND');

    // Moving a held meeting with an outcome into the future is the same contradiction.
    const past = await manager.request(
      'POST',
      base(p.id),
      meetingBody(0, { startsAt: '2026-04-07T01:00:00.000Z' }),
    );
    const outcome = await manager.request('PATCH', `${base(p.id)}/${past.json().id}`, {
      version: 1,
      outcome: 'undecided',
    });
    expect(outcome.statusCode, outcome.body).toBe(200);
    const moved = await manager.request('PATCH', `${base(p.id)}/${past.json().id}`, {
      version: 2,
      startsAt: '2026-04-20T01:00:00.000Z',
      endsAt: '2026-04-20T02:00:00.000Z',
    });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().error.code).toBe('MEETING_NOT_STARTED');
    const shortened = await manager.request('PATCH', `${base(p.id)}/${past.json().id}`, {
      version: 2,
      endsAt: '2026-04-07T00:30:00.000Z',
    });
    expect(shortened.json().error.code).toBe('MEETING_ENDS_BEFORE_START');
  });

  it('stores material by its content: photos lose their location, executables are refused, downloads are safe', async () => {
    const p = await partnershipInExploration(manager);
    const created = await manager.request(
      'POST',
      base(p.id),
      meetingBody(0, { startsAt: '2026-04-10T01:00:00.000Z' }),
    );
    const url = `${base(p.id)}/${created.json().id}/material`;
    const upload = (content: Buffer, filename: string, contentType: string) => {
      const form = multipart([{ name: 'file', content, filename, contentType }]);
      return manager.request('PUT', url, form.payload, form.headers);
    };

    const before = await written();
    const executable = await upload(executableBytes(), 'materi.pdf', 'application/pdf');
    expect(executable.statusCode).toBe(415);
    expect(executable.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const empty = multipart([
      { name: 'document', content: tinyPdf(), filename: 'materi.pdf', contentType: 'application/pdf' },
    ]);
    const missing = await manager.request('PUT', url, empty.payload, empty.headers);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('MEETING_MATERIAL_MISSING');
    const huge = await upload(
      Buffer.concat([tinyPdf(), Buffer.alloc(20 * 1024 * 1024)]),
      'besar.pdf',
      'application/pdf',
    );
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await written()).toEqual(before);
    expect((await manager.request('GET', url)).json().error.code).toBe('FILE_NOT_FOUND');

    const photo = await upload(await phonePhotoWithLocation(), 'Foto Proposal — Ümit<1>.JPG', 'image/jpeg');
    expect(photo.statusCode, photo.body).toBe(200);
    expect(photo.json().material).toMatchObject({
      name: 'foto-proposal-umit-1.jpg',
      mediaType: 'image/jpeg',
    });
    const download = await manager.request('GET', url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe('attachment; filename="foto-proposal-umit-1.jpg"');
    const metadata = await sharp(download.rawPayload).metadata();
    expect(metadata.format).toBe('jpeg');
    expect(metadata.exif).toBeUndefined();

    const pdf = await upload(tinyPdf(), 'Materi Audiensi.pdf', 'application/octet-stream');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.json()).toMatchObject({
      material: { name: 'materi-audiensi.pdf', mediaType: 'application/pdf' },
      version: 3,
    });
    expect((await manager.request('GET', url)).rawPayload.equals(tinyPdf())).toBe(true);
    expect(await auditActions(created.json().id)).toEqual([
      'partnership_meeting.created',
      'partnership_meeting.material_set',
      'partnership_meeting.material_set',
    ]);
  });

  it('writes the .ics in the institution zone and a polite invitation with WhatsApp and email links', async () => {
    const p = await partnershipInExploration(manager);
    const created = await manager.request(
      'POST',
      base(p.id),
      meetingBody(0, {
        title: 'Audiensi PKW; tas rajut, Banjarbaru',
        startsAt: '2026-04-10T01:00:00.000Z',
        endsAt: '2026-04-10T03:30:00.000Z',
        onlineLink: 'https://meet.example.id/pkw',
        attendees: { partner: [{ contactId: p.buyer.id, name: 'Ahmad Fauzi' }], institution: [] },
      }),
    );
    const meetingUrl = `${base(p.id)}/${created.json().id}`;

    const ics = await manager.request('GET', `${meetingUrl}/invitation.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.headers['content-disposition']).toBe('attachment; filename="undangan-audiensi.ics"');
    const lines = ics.body.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Asia/Makassar:20260410T090000');
    expect(lines).toContain('DTEND;TZID=Asia/Makassar:20260410T113000');
    expect(lines).toContain('SUMMARY:Audiensi PKW\\; tas rajut\\, Banjarbaru');
    expect(lines).toContain('TZID:Asia/Makassar');
    expect(lines).toContain('TZOFFSETTO:+0800');
    expect(lines.find((line) => line.startsWith('ORGANIZER'))).toMatch(
      /^ORGANIZER;CN="?LKP Tas Rajut Banjarbaru"?:mailto:/i,
    );
    expect(lines.find((line) => line.startsWith('LOCATION:'))).toContain('Rumah Produksi Rajut Intan');
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain(
      'Jumat\\, 10 April 2026\\, 09.00–11.30 WITA',
    );

    const invitation = await manager.request('GET', `${meetingUrl}/invitation`);
    expect(invitation.statusCode, invitation.body).toBe(200);
    const body = invitation.json();
    expect(body.subject).toBe(
      'Undangan audiensi: Audiensi PKW; tas rajut, Banjarbaru (LKP Tas Rajut Banjarbaru)',
    );
    // Written at 09.00 WITA.
    expect(body.text).toMatch(/^Selamat pagi, Bapak\/Ibu\.\n/);
    expect(body.text).toContain('Hari/tanggal: Jumat, 10 April 2026');
    expect(body.text).toContain('Waktu: 09.00–11.30 WITA');
    expect(body.text).toContain('Tautan pertemuan daring: https://meet.example.id/pkw');
    expect(body.text).toContain('2. Paparan program PKW');
    const owner = body.contacts.find((c: { contactId: string }) => c.contactId === p.owner.id);
    const buyer = body.contacts.find((c: { contactId: string }) => c.contactId === p.buyer.id);
    expect(owner).toMatchObject({ phone: '+6281251234567', attending: false });
    expect(buyer).toMatchObject({ phone: '+6281348001122', attending: true, email: 'fauzi@koperasi.id' });
    const wa = new URL(owner.whatsAppUrl);
    expect(`${wa.origin}${wa.pathname}`).toBe('https://wa.me/6281251234567');
    // The recorded name carries its own honorific; it is not doubled.
    expect(wa.searchParams.get('text')).toMatch(/^Selamat pagi, Ibu Hj\. Rusmini\.\n/);
    const mail = new URL(buyer.mailtoUrl);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('fauzi@koperasi.id');
    expect(mail.searchParams.get('subject')).toBe(body.subject);
    expect(mail.searchParams.get('body')).toMatch(/^Selamat pagi, Bapak\/Ibu Ahmad Fauzi\.\n/);
  });

  it('deletes a meeting only with the version read', async () => {
    const p = await partnershipInExploration(manager);
    const created = await manager.request(
      'POST',
      base(p.id),
      meetingBody(0, { startsAt: '2026-04-10T01:00:00.000Z' }),
    );
    const id = created.json().id as string;
    const stale = await manager.request('DELETE', `${base(p.id)}/${id}?version=2`);
    expect(stale.statusCode).toBe(409);
    const removed = await manager.request('DELETE', `${base(p.id)}/${id}?version=1`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await manager.request('GET', `${base(p.id)}/${id}`)).statusCode).toBe(404);
    expect(await auditActions(id)).toEqual(['partnership_meeting.created', 'partnership_meeting.deleted']);
  });
});
