import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createInteractionVia,
  createPartnershipVia,
  interactionBody,
} from '../../../../tests/factories/engagement';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import { createUserFixture, signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

const hour = 60 * 60 * 1000;

type Page = { items: { id: string }[]; nextCursor: string | null };

describeEachDatabase('interactions: the contact log (step 2)', (dialect) => {
  let t: TestApp;
  let facilitator: Session;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    facilitator = await signedInInstitution(t, 'facilitator');
    other = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  async function counts() {
    const db = t.deps.db;
    const count = async (
      table: 'interactions' | 'interaction_partners' | 'interaction_contacts' | 'audit_events',
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return Promise.all(
      (['interactions', 'interaction_partners', 'interaction_contacts', 'audit_events'] as const).map(count),
    );
  }

  it('logs a visit with contacts, staff, findings and a follow-up, and writes its audit row', async () => {
    const partner = await createPartnerVia(facilitator);
    const contact = await createContactVia(facilitator, partner.id, { name: 'Ibu Rahmah' });
    const partnership = await createPartnershipVia(facilitator, [partner.id]);
    const colleague = await createUserFixture(t, facilitator.institutionId, 'facilitator');
    const occurredAt = new Date(t.clock.now().getTime() - 3 * hour).toISOString();
    const created = await facilitator.request(
      'POST',
      '/api/v1/interactions',
      interactionBody([partner.id], {
        kind: 'interview',
        approach: 'formal',
        occurredAt,
        partnershipId: partnership.id,
        contactIds: [contact.id],
        staffUserIds: [facilitator.userId, colleague.userId],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const interaction = created.json();
    expect(interaction).toMatchObject({
      kind: 'interview',
      approach: 'formal',
      occurredAt,
      partnershipId: partnership.id,
      partners: [{ id: partner.id }],
      contacts: [{ id: contact.id, name: 'Ibu Rahmah' }],
      staffUserIds: [facilitator.userId, colleague.userId],
      findings: { goals: 'Menambah perajin terampil', mission: null },
      hasFindings: true,
      followUp: { task: 'Kirim proposal program PKW', dueOn: '2026-04-10' },
      createdByUserId: facilitator.userId,
      version: 1,
    });
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('entity_id', '=', interaction.id)
      .execute();
    expect(audit).toEqual([{ action: 'interaction.created', actor_user_id: facilitator.userId }]);
    // The answer and the audit row are built from the inserted row, not read back: both equal a later read.
    const read = await facilitator.request('GET', `/api/v1/interactions/${interaction.id}`);
    expect(read.json()).toEqual(interaction);
    const { after_json } = await t.deps.db
      .selectFrom('audit_events')
      .select('after_json')
      .where('entity_id', '=', interaction.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(after_json!)).toEqual(interaction);

    const cleared = await facilitator.request('PATCH', `/api/v1/interactions/${interaction.id}`, {
      version: 1,
      findings: {},
      followUp: null,
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ hasFindings: false, followUp: null, version: 2 });
    const stale = await facilitator.request('PATCH', `/api/v1/interactions/${interaction.id}`, {
      version: 1,
      summary: 'Terlambat',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    // An erased contact person drops out of the log; the interaction stays readable.
    const erased = await facilitator.request(
      'DELETE',
      `/api/v1/partners/${partner.id}/contacts/${contact.id}`,
    );
    expect(erased.statusCode, erased.body).toBeLessThan(300);
    const after = await facilitator.request('GET', `/api/v1/interactions/${interaction.id}`);
    expect(after.statusCode).toBe(200);
    expect(after.json().contacts).toEqual([]);
  });

  it('refuses a date more than a day ahead and foreign or mismatched references, writing nothing', async () => {
    const partner = await createPartnerVia(facilitator);
    const second = await createPartnerVia(facilitator);
    const secondContact = await createContactVia(facilitator, second.id);
    const foreignPartner = await createPartnerVia(other);
    const foreignContact = await createContactVia(other, foreignPartner.id);
    const foreignPartnership = await createPartnershipVia(other, [foreignPartner.id]);
    const foreignUser = await createUserFixture(t, other.institutionId, 'facilitator');
    const now = t.clock.now().getTime();
    const before = await counts();

    const post = (overrides: object) =>
      facilitator.request('POST', '/api/v1/interactions', interactionBody([partner.id], overrides));
    const cases: [object, number, string][] = [
      [{ occurredAt: new Date(now + 25 * hour).toISOString() }, 422, 'INTERACTION_IN_FUTURE'],
      [{ partnerIds: [partner.id, foreignPartner.id] }, 404, 'PARTNER_NOT_FOUND'],
      [{ contactIds: [foreignContact.id] }, 404, 'CONTACT_NOT_FOUND'],
      [{ contactIds: [secondContact.id] }, 400, 'VALIDATION_FAILED'],
      [{ staffUserIds: [foreignUser.userId] }, 404, 'USER_NOT_FOUND'],
      [{ partnershipId: foreignPartnership.id }, 404, 'PARTNERSHIP_NOT_FOUND'],
      // Asked together, reported in a fixed order: partners, contacts, staff, partnership.
      [
        {
          partnerIds: [partner.id, foreignPartner.id],
          contactIds: [foreignContact.id],
          staffUserIds: [foreignUser.userId],
          partnershipId: foreignPartnership.id,
        },
        404,
        'PARTNER_NOT_FOUND',
      ],
      [{ contactIds: [foreignContact.id], partnershipId: foreignPartnership.id }, 404, 'CONTACT_NOT_FOUND'],
      [{ staffUserIds: [foreignUser.userId], partnershipId: foreignPartnership.id }, 404, 'USER_NOT_FOUND'],
      [{ kind: 'telepathy' }, 400, 'VALIDATION_FAILED'],
      [{ partnerIds: [] }, 400, 'VALIDATION_FAILED'],
      [{ occurredAt: 'kemarin' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [overrides, status, code] of cases) {
      const response = await post(overrides);
      expect(response.statusCode, `${JSON.stringify(overrides)}: ${response.body}`).toBe(status);
      expect(response.json().error.code).toBe(code);
    }
    expect(await counts()).toEqual(before);

    const tonight = await post({ occurredAt: new Date(now + 12 * hour).toISOString() });
    expect(tonight.statusCode, tonight.body).toBe(201);
    const id = tonight.json().id as string;
    const future = await facilitator.request('PATCH', `/api/v1/interactions/${id}`, {
      version: 1,
      occurredAt: new Date(now + 48 * hour).toISOString(),
    });
    expect(future.statusCode).toBe(422);
    expect((await facilitator.request('GET', `/api/v1/interactions/${id}`)).json().version).toBe(1);
    expect((await other.request('GET', `/api/v1/interactions/${id}`)).statusCode).toBe(404);
  });

  it('lists the log latest first by partner or partnership, in keyset pages', async () => {
    const partner = await createPartnerVia(facilitator);
    const partnership = await createPartnershipVia(facilitator, [partner.id]);
    const now = t.clock.now().getTime();
    const ids: string[] = [];
    for (const daysAgo of [5, 1, 3]) {
      ids.push(
        (
          await createInteractionVia(facilitator, [partner.id], {
            occurredAt: new Date(now - daysAgo * 24 * hour).toISOString(),
            ...(daysAgo === 3 ? { partnershipId: partnership.id } : {}),
          })
        ).id,
      );
    }
    const list = (query: string) =>
      facilitator.request('GET', `/api/v1/interactions?${query}`).then((r) => r.json<Page>());
    const first = await list(`partnerId=${partner.id}&limit=2`);
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([ids[1], ids[2]]);
    const second = await list(`partnerId=${partner.id}&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    expect((await list(`partnershipId=${partnership.id}`)).items.map((i: { id: string }) => i.id)).toEqual([
      ids[2],
    ]);
    const foreign = await other.request('GET', `/api/v1/interactions?partnerId=${partner.id}`);
    expect(foreign.json().items).toEqual([]);
  });
});
