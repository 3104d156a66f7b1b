import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateContactRequest } from '../../../shared/contracts/partners';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

/** Wednesday 18 March 2026, 10.00 WITA: three days before Idulfitri. */
const morning = new Date('2026-03-18T02:00:00.000Z');
/** The same day, 06.30 WITA: before work-chat hours (a time before sign-in keeps the session fresh). */
const dawn = new Date('2026-03-17T22:30:00.000Z');

type Table = 'outgoing_messages' | 'interactions' | 'audit_events' | 'message_templates' | 'partner_contacts';

describeEachDatabase('messages to partners (technique 5) and patience (technique 3)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let outsider: Session;
  let partnerId: string;
  let idulfitriRef: string;
  let natalRef: string;

  const count = async (table: Table) =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const written = async () => ({
    messages: await count('outgoing_messages'),
    interactions: await count('interactions'),
    audit: await count('audit_events'),
    templates: await count('message_templates'),
  });
  const auditActions = async (entityId: string) =>
    (
      await t.deps.db
        .selectFrom('audit_events')
        .select('action')
        .where('entity_id', '=', entityId)
        .orderBy('sequence')
        .execute()
    ).map((row) => row.action);

  const contact = (overrides: Partial<CreateContactRequest>) =>
    createContactVia(manager, partnerId, { email: null, preferences: null, ...overrides });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(morning);
    manager = await signedInInstitution(t, 'manager');
    outsider = await signedInInstitution(t, 'manager');
    partnerId = (await createPartnerVia(manager, { name: 'Koperasi Maju Bersama' })).id;
    const calendar = await manager.request('GET', '/api/v1/care/occasions?from=2026-03-01&to=2026-12-31');
    expect(calendar.statusCode, calendar.body).toBe(200);
    const items = calendar.json<{ items: Array<{ id: string; occasionKey: string | null; kind: string }> }>()
      .items;
    idulfitriRef = items.find((o) => o.occasionKey === 'idulfitri' && o.kind === 'national_holiday')!.id;
    natalRef = items.find((o) => o.occasionKey === 'natal' && o.kind === 'national_holiday')!.id;
  });
  afterAll(() => t.close());

  const andi = () =>
    contact({
      name: 'Andi Wijaya',
      salutation: 'bapak',
      phone: '0812-3456-7890',
      religion: 'islam',
      preferences: 'Lebih suka dihubungi sore hari',
      sensitiveTopics: 'Jangan singgung usaha lamanya yang tutup',
    });

  it('previews a greeting with the contact’s preferences first, and writes nothing', async () => {
    const { id } = await andi();
    const before = await written();
    const response = await manager.request('POST', '/api/v1/messages/preview', {
      partnerId,
      contactId: id,
      channel: 'whatsapp',
      purpose: 'greeting',
      occasionRef: idulfitriRef,
    });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview.templateId).toBe('default:greeting:idulfitri');
    expect(preview.body.startsWith('Selamat pagi, Bapak Andi Wijaya.')).toBe(true);
    expect(preview.body).toContain('Selamat Hari Raya Idulfitri 1447 H. Mohon maaf lahir dan batin.');
    expect(preview.body).toContain('LKP Tas Rajut Banjarbaru');
    expect(preview.missingPlaceholders).toEqual([]);
    expect(preview.contact).toMatchObject({
      preferences: 'Lebih suka dihubungi sore hari',
      sensitiveTopics: 'Jangan singgung usaha lamanya yang tutup',
      phone: '+6281234567890',
    });
    expect(preview).toMatchObject({ outsideWorkingHours: false, emailBySmtp: false, blockedBy: null });
    expect(await written()).toEqual(before);

    t.clock.set(dawn);
    const late = await manager.request('POST', '/api/v1/messages/preview', {
      partnerId,
      contactId: id,
      channel: 'whatsapp',
      purpose: 'follow_up',
    });
    t.clock.set(morning);
    expect(late.json()).toMatchObject({ outsideWorkingHours: true, blockedBy: null });
    expect(late.json().body.startsWith('Selamat pagi, Bapak Andi Wijaya.')).toBe(true);
  });

  it('drafts a WhatsApp greeting to the contact’s number, then logs exactly one interaction on confirmation', async () => {
    const { id: contactId } = await andi();
    const body =
      'Selamat pagi, Bapak Andi.\n\nSelamat Hari Raya Idulfitri 1447 H. Mohon maaf lahir dan batin.';
    const interactionsBefore = await count('interactions');
    const created = await manager.request('POST', '/api/v1/messages', {
      partnerId,
      contactId,
      channel: 'whatsapp',
      purpose: 'greeting',
      occasionRef: idulfitriRef,
      body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { message, whatsAppUrl, mailtoUrl } = created.json();
    expect(whatsAppUrl).toBe(`https://wa.me/6281234567890?text=${encodeURIComponent(body)}`);
    expect(mailtoUrl).toBeNull();
    expect(message).toMatchObject({
      status: 'drafted',
      recipient: '+6281234567890',
      interactionId: null,
      body,
    });
    expect(await count('interactions')).toBe(interactionsBefore);

    const confirmed = await manager.request('POST', `/api/v1/messages/${message.id}/confirmation`, {
      sent: true,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'sent', contactName: 'Andi Wijaya' });
    const interactionId = confirmed.json().interactionId as string;
    expect(await count('interactions')).toBe(interactionsBefore + 1);
    const interaction = (await manager.request('GET', `/api/v1/interactions/${interactionId}`)).json();
    expect(interaction).toMatchObject({
      kind: 'whatsapp',
      approach: 'personal',
      summary: 'Ucapan lewat WhatsApp',
      partners: [{ id: partnerId }],
      contacts: [{ id: contactId, name: 'Andi Wijaya' }],
    });
    expect(interaction.findings.otherNotes).toBe(body);
    expect(await auditActions(message.id)).toEqual(['message.drafted', 'message.confirmed_sent']);
    expect(await auditActions(interactionId)).toEqual(['interaction.created']);

    const again = await manager.request('POST', `/api/v1/messages/${message.id}/confirmation`, {
      sent: false,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('MESSAGE_ALREADY_CONFIRMED');
    expect(await count('interactions')).toBe(interactionsBefore + 1);

    const log = (await manager.request('GET', `/api/v1/partners/${partnerId}/messages`)).json();
    expect(log.items.find((m: { id: string }) => m.id === message.id)).toMatchObject({
      status: 'sent',
      interactionId,
    });
  });

  it('drafts a text holding half a surrogate pair as U+FFFD, the character either database would store', async () => {
    const { id: contactId } = await andi();
    const created = await manager.request('POST', '/api/v1/messages', {
      partnerId,
      contactId,
      channel: 'whatsapp',
      purpose: 'greeting',
      occasionRef: idulfitriRef,
      body: 'Salam \uD800 hangat',
    });
    expect(created.statusCode, created.body).toBe(201);
    const { message, whatsAppUrl } = created.json();
    expect(message.body).toBe('Salam \uFFFD hangat');
    expect(whatsAppUrl).toBe(`https://wa.me/6281234567890?text=${encodeURIComponent('Salam \uFFFD hangat')}`);
    const log = (await manager.request('GET', `/api/v1/partners/${partnerId}/messages`)).json();
    expect(log.items.find((m: { id: string }) => m.id === message.id).body).toBe('Salam \uFFFD hangat');
  });

  it('records "not sent" without an interaction', async () => {
    const { id: contactId } = await andi();
    const created = await manager.request('POST', '/api/v1/messages', {
      partnerId,
      contactId,
      channel: 'whatsapp',
      purpose: 'thanks',
      body: 'Terima kasih atas kunjungan kemarin.',
    });
    const before = await count('interactions');
    const confirmed = await manager.request(
      'POST',
      `/api/v1/messages/${created.json().message.id}/confirmation`,
      {
        sent: false,
      },
    );
    expect(confirmed.json()).toMatchObject({ status: 'not_sent', interactionId: null });
    expect(await count('interactions')).toBe(before);
  });

  async function refused(request: Record<string, unknown>, status: number, code: string, by = manager) {
    const before = await written();
    const response = await by.request('POST', '/api/v1/messages', { body: 'Selamat hari raya.', ...request });
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(await written()).toEqual(before);
  }

  it('sends a religious greeting only to contacts whose consent-recorded observance matches', async () => {
    const muslim = await andi();
    const catholic = await contact({
      name: 'Maria Lestari',
      salutation: 'ibu',
      phone: '0813-1111-2222',
      religion: 'catholic',
    });
    const unrecorded = await contact({
      name: 'Yohanes',
      phone: '0813-3333-4444',
      legalBasis: 'legitimate_interest',
      consent: null,
    });
    const natal = { partnerId, channel: 'whatsapp', purpose: 'greeting', occasionRef: natalRef };
    await refused({ ...natal, contactId: muslim.id }, 422, 'GREETING_NOT_FOR_CONTACT');
    await refused({ ...natal, contactId: unrecorded.id }, 422, 'GREETING_NOT_FOR_CONTACT');
    const allowed = await manager.request('POST', '/api/v1/messages/preview', {
      ...natal,
      contactId: catholic.id,
    });
    expect(allowed.json()).toMatchObject({ blockedBy: null });
    expect(allowed.json().body).toContain('Selamat pagi, Ibu Maria Lestari.');
    // Idulfitri goes to everyone.
    const idulfitri = await manager.request('POST', '/api/v1/messages/preview', {
      ...natal,
      occasionRef: idulfitriRef,
      contactId: unrecorded.id,
    });
    expect(idulfitri.json()).toMatchObject({ blockedBy: null });
  });

  it('refuses greetings and consent-based messages after consent is withdrawn, writing nothing', async () => {
    const { id: contactId } = await andi();
    const withdrawn = await manager.request(
      'POST',
      `/api/v1/partners/${partnerId}/contacts/${contactId}/consent-withdrawal`,
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ religion: null, consentWithdrawnAt: morning.toISOString() });
    expect(await auditActions(contactId)).toEqual(['contact.created', 'contact.consent_withdrawn']);
    const twice = await manager.request(
      'POST',
      `/api/v1/partners/${partnerId}/contacts/${contactId}/consent-withdrawal`,
    );
    expect(twice.json().error.code).toBe('CONTACT_CONSENT_ALREADY_WITHDRAWN');

    // An ordinary edit resending the old consent record neither undoes the withdrawal nor restores a religion.
    const edited = await manager.request('PATCH', `/api/v1/partners/${partnerId}/contacts/${contactId}`, {
      version: withdrawn.json().version,
      position: 'Ketua',
      legalBasis: 'consent',
      consent: withdrawn.json().consent,
      religion: 'islam',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ religion: null, consentWithdrawnAt: morning.toISOString() });

    const base = { partnerId, contactId, channel: 'whatsapp' };
    await refused(
      { ...base, purpose: 'greeting', occasionRef: idulfitriRef },
      422,
      'CONTACT_CONSENT_WITHDRAWN',
    );
    await refused({ ...base, purpose: 'follow_up' }, 422, 'CONTACT_CONSENT_WITHDRAWN');
  });

  it('refuses a channel the contact has no address for, and other institutions’ contacts', async () => {
    const noPhone = await contact({ name: 'Siti Rahma', phone: null, whatsApp: false, email: null });
    await refused(
      { partnerId, contactId: noPhone.id, channel: 'whatsapp', purpose: 'follow_up' },
      422,
      'CONTACT_HAS_NO_WHATSAPP',
    );
    await refused(
      { partnerId, contactId: noPhone.id, channel: 'email', purpose: 'follow_up' },
      422,
      'CONTACT_HAS_NO_EMAIL',
    );

    const { id: contactId } = await andi();
    await refused(
      { partnerId, contactId, channel: 'whatsapp', purpose: 'follow_up' },
      404,
      'PARTNER_NOT_FOUND',
      outsider,
    );
    const otherPartner = await createPartnerVia(manager);
    await refused(
      { partnerId: otherPartner.id, contactId, channel: 'whatsapp', purpose: 'follow_up' },
      404,
      'CONTACT_NOT_FOUND',
    );
    const foreignPreview = await outsider.request('POST', '/api/v1/messages/preview', {
      partnerId,
      contactId,
      channel: 'whatsapp',
      purpose: 'follow_up',
    });
    expect(foreignPreview.statusCode).toBe(404);
    expect((await outsider.request('GET', `/api/v1/partners/${partnerId}/messages`)).statusCode).toBe(404);
  });

  it('opens the mail program with mailto: when SMTP is not configured', async () => {
    const { id: contactId } = await contact({ name: 'Rina', salutation: 'ibu', email: 'rina@koperasi.id' });
    const created = await manager.request('POST', '/api/v1/messages', {
      partnerId,
      contactId,
      channel: 'email',
      purpose: 'introduction',
      subject: 'Perkenalan & kerja sama',
      body: 'Selamat pagi, Ibu Rina.',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().mailtoUrl).toBe(
      `mailto:rina@koperasi.id?subject=${encodeURIComponent('Perkenalan & kerja sama')}&body=${encodeURIComponent('Selamat pagi, Ibu Rina.')}`,
    );
    expect(created.json().message.status).toBe('drafted');
  });

  describe('templates', () => {
    it('lists the shipped defaults, lets an own template replace one, and refuses unknown placeholders', async () => {
      const list = (await manager.request('GET', '/api/v1/message-templates')).json();
      expect(list.items.find((x: { id: string }) => x.id === 'default:greeting:idulfitri')).toMatchObject({
        isDefault: true,
      });

      const before = await written();
      const bad = await manager.request('POST', '/api/v1/message-templates', {
        purpose: 'greeting',
        occasionKey: 'idulfitri',
        name: 'Lebaran',
        body: '{sapaan}, selamat Idulfitri dari {lembga}.',
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().error).toMatchObject({
        code: 'TEMPLATE_PLACEHOLDER_UNKNOWN',
        details: { unknown: ['lembga'], placeholders: '{lembga}' },
      });
      expect(await written()).toEqual(before);

      const own = await manager.request('POST', '/api/v1/message-templates', {
        purpose: 'greeting',
        occasionKey: 'idulfitri',
        name: 'Lebaran kami',
        body: '{sapaan}, keluarga besar {lembaga} mengucapkan Selamat Idulfitri {tahun}.',
      });
      expect(own.statusCode, own.body).toBe(201);
      const template = own.json();
      expect(await auditActions(template.id)).toEqual(['message_template.created']);
      const ids = (await manager.request('GET', '/api/v1/message-templates'))
        .json()
        .items.map((x: { id: string }) => x.id);
      expect(ids).toContain(template.id);
      expect(ids).not.toContain('default:greeting:idulfitri');

      const { id: contactId } = await andi();
      const preview = await manager.request('POST', '/api/v1/messages/preview', {
        partnerId,
        contactId,
        channel: 'whatsapp',
        purpose: 'greeting',
        occasionRef: idulfitriRef,
      });
      expect(preview.json().body).toBe(
        'Bapak Andi Wijaya, keluarga besar LKP Tas Rajut Banjarbaru mengucapkan Selamat Idulfitri 1447 H.',
      );

      const badEdit = await manager.request('PATCH', `/api/v1/message-templates/${template.id}`, {
        version: 1,
        body: 'Salam {nama_mitraa}',
      });
      expect(badEdit.json().error.code).toBe('TEMPLATE_PLACEHOLDER_UNKNOWN');
      const archived = await manager.request('DELETE', `/api/v1/message-templates/${template.id}?version=1`);
      expect(archived.statusCode, archived.body).toBe(200);
      expect(await auditActions(template.id)).toEqual([
        'message_template.created',
        'message_template.archived',
      ]);
      const back = (await manager.request('GET', '/api/v1/message-templates'))
        .json()
        .items.map((x: { id: string }) => x.id);
      expect(back).toContain('default:greeting:idulfitri');
    });

    it('lets a facilitator read templates but not write them', async () => {
      const facilitator = await signedInInstitution(t, 'facilitator');
      expect((await facilitator.request('GET', '/api/v1/message-templates')).statusCode).toBe(200);
      const write = await facilitator.request('POST', '/api/v1/message-templates', {
        purpose: 'thanks',
        name: 'Terima kasih',
        body: 'Terima kasih, {sapaan}.',
      });
      expect(write.statusCode).toBe(403);
    });
  });
});

describeEachDatabase('email messages through SMTP', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect, { withMailer: true });
    t.clock.set(morning);
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  it('sends now and logs the interaction with the status', async () => {
    const partner = await createPartnerVia(manager);
    const { id: contactId } = await createContactVia(manager, partner.id, {
      name: 'Rina Marlina',
      salutation: 'ibu',
      email: 'rina@koperasi.id',
    });
    const preview = (
      await manager.request('POST', '/api/v1/messages/preview', {
        partnerId: partner.id,
        contactId,
        channel: 'email',
        purpose: 'thanks',
      })
    ).json();
    expect(preview).toMatchObject({
      emailBySmtp: true,
      subject: 'Terima kasih dari LKP Tas Rajut Banjarbaru',
    });
    const created = await manager.request('POST', '/api/v1/messages', {
      partnerId: partner.id,
      contactId,
      channel: 'email',
      purpose: 'thanks',
      body: preview.body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { message, mailtoUrl } = created.json();
    expect(mailtoUrl).toBeNull();
    expect(message).toMatchObject({ status: 'sent', subject: preview.subject });
    expect(t.mailer.sent).toEqual([{ to: 'rina@koperasi.id', subject: preview.subject, text: preview.body }]);
    const interaction = (
      await manager.request('GET', `/api/v1/interactions/${message.interactionId}`)
    ).json();
    expect(interaction).toMatchObject({ kind: 'email', summary: 'Ucapan terima kasih lewat email' });
    expect(interaction.findings.otherNotes).toBe(`${preview.subject}\n\n${preview.body}`);
    const confirm = await manager.request('POST', `/api/v1/messages/${message.id}/confirmation`, {
      sent: true,
    });
    expect(confirm.statusCode).toBe(409);
  });
});
