import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContactVia, createPartnerVia, partnerBody } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

interface PartnerJson {
  id: string;
  version: number;
  name: string;
  sector: string | null;
  address: string | null;
  website: string | null;
  tags: string[];
  needs: string[];
  offers: string[];
  location: { lat: number; lng: number } | null;
  region: { districtCode: string | null };
  identifiers: { nib: string | null; npwp: string | null };
  contacts: { id: string; partnerId: string; name: string }[];
}

describeEachDatabase('merging duplicate partners (step 1)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    other = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const read = async (session: Session, id: string) => session.request('GET', `/api/v1/partners/${id}`);
  const merge = (session: Session, keptId: string, body: Record<string, unknown>) =>
    session.request('POST', `/api/v1/partners/${keptId}/merge`, body);

  /** Two records of one cooperative, as two facilitators mapped it. */
  async function mappedTwice(session: Session) {
    const kept = await createPartnerVia(session, {
      name: `Koperasi Wanita Sejahtera ${Math.random().toString(36).slice(2, 6)}`,
      sector: 'Kerajinan',
      address: 'Jl. Panglima Batur No. 3',
      location: null,
      website: null,
      tags: ['rajut'],
      needs: ['graduate_hiring'],
      offers: ['internship_places'],
      region: { provinceCode: '63', regencyCode: '63.72' },
    });
    const duplicate = await createPartnerVia(session, {
      name: `KSU Perempuan Mandiri ${Math.random().toString(36).slice(2, 6)}`,
      sector: 'Simpan pinjam',
      address: 'Jl. Lain No. 9',
      location: { lat: -3.45, lng: 114.84 },
      website: 'https://ksu-mandiri.id',
      tags: ['koperasi', 'rajut'],
      needs: ['market_access'],
      offers: ['internship_places', 'capital'],
      region: { provinceCode: '63', regencyCode: '63.72', districtCode: '63.72.03' },
      identifiers: { nib: `91200${Date.now().toString().slice(-8)}` },
    });
    const keptContact = await createContactVia(session, kept.id, {
      name: 'Ibu Salmah',
      phone: '0812-1111-2222',
    });
    const movedA = await createContactVia(session, duplicate.id, {
      name: 'Ibu Norhayati',
      phone: '0813-4455-6677',
      email: 'norhayati@ksu-mandiri.id',
    });
    const movedB = await createContactVia(session, duplicate.id, {
      name: 'Bapak Gusti',
      phone: null,
      email: null,
    });
    return {
      kept: (await read(session, kept.id)).json<PartnerJson>(),
      duplicate: (await read(session, duplicate.id)).json<PartnerJson>(),
      keptContact,
      moved: [movedA, movedB],
    };
  }

  it('moves contacts, unites labels, fills only empty fields, and leaves a redirect behind', async () => {
    const { kept, duplicate, keptContact, moved } = await mappedTwice(manager);
    const response = await merge(manager, kept.id, {
      duplicateId: duplicate.id,
      version: kept.version,
      duplicateVersion: duplicate.version,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ partner: PartnerJson; movedContacts: number; filledFields: string[] }>();
    expect(body.movedContacts).toBe(2);
    expect([...body.filledFields].sort()).toEqual(['location', 'nib', 'region', 'website']);

    const after = (await read(manager, kept.id)).json<PartnerJson>();
    expect(after.version).toBe(kept.version + 1);
    expect(after.name).toBe(kept.name);
    expect(after.sector).toBe('Kerajinan');
    expect(after.address).toBe('Jl. Panglima Batur No. 3');
    expect(after.website).toBe('https://ksu-mandiri.id');
    expect(after.location).toEqual({ lat: -3.45, lng: 114.84 });
    expect(after.region.districtCode).toBe('63.72.03');
    expect(after.identifiers.nib).toBe(duplicate.identifiers.nib);
    expect(after.tags).toEqual(['koperasi', 'rajut']);
    expect(after.needs).toEqual(['graduate_hiring', 'market_access']);
    expect(after.offers).toEqual(['capital', 'internship_places']);
    expect(after.contacts.map((c) => c.id).sort()).toEqual(
      [keptContact.id, ...moved.map((c) => c.id)].sort(),
    );
    expect(after.contacts.every((c) => c.partnerId === kept.id)).toBe(true);

    const gone = await read(manager, duplicate.id);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error).toMatchObject({
      code: 'PARTNER_MERGED',
      details: { mergedIntoId: kept.id },
    });
    const patchGone = await manager.request('PATCH', `/api/v1/partners/${duplicate.id}`, {
      version: duplicate.version,
      sector: 'x',
    });
    expect(patchGone.json().error.code).toBe('PARTNER_MERGED');

    // The kept partner's search text now holds the moved contacts and the filled NIB.
    const ids = async (q: string) =>
      (await manager.request('GET', `/api/v1/partners?limit=200&q=${encodeURIComponent(q)}`))
        .json<{ items: { id: string }[] }>()
        .items.map((item) => item.id);
    expect(await ids('0813-4455')).toEqual([kept.id]);
    expect(await ids('norhayati')).toEqual([kept.id]);
    expect(await ids(duplicate.identifiers.nib!)).toEqual([kept.id]);
    expect(await ids(duplicate.name)).toEqual([]);

    const db = t.deps.db;
    for (const table of ['partner_tags', 'partner_exchange_items', 'partner_search'] as const) {
      const rows = await db
        .selectFrom(table)
        .select('partner_id')
        .where('partner_id', '=', duplicate.id)
        .execute();
      expect(rows, table).toEqual([]);
    }
    expect(await db.selectFrom('partners').select('id').where('id', '=', duplicate.id).execute()).toEqual([]);
    const record = await db
      .selectFrom('partner_merges')
      .selectAll()
      .where('duplicate_id', '=', duplicate.id)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      institution_id: manager.institutionId,
      kept_id: kept.id,
      merged_by_user_id: manager.userId,
    });

    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'before_json', 'after_json'])
      .where('entity_id', '=', kept.id)
      .where('action', '=', 'partner.merged')
      .executeTakeFirstOrThrow();
    expect(audit.actor_user_id).toBe(manager.userId);
    const before = JSON.parse(audit.before_json!) as { kept: PartnerJson; duplicate: PartnerJson };
    expect(before.kept.id).toBe(kept.id);
    expect(before.duplicate.id).toBe(duplicate.id);
    expect(before.duplicate.contacts).toHaveLength(2);
    const afterJson = JSON.parse(audit.after_json!) as PartnerJson & { mergedFromId: string };
    expect(afterJson.contacts).toHaveLength(3);
    expect(afterJson.mergedFromId).toBe(duplicate.id);
  });

  it('refuses a stale version of either partner with 409 and changes nothing', async () => {
    const { kept, duplicate } = await mappedTwice(manager);
    await manager.request('PATCH', `/api/v1/partners/${duplicate.id}`, {
      version: duplicate.version,
      sector: 'Diubah orang lain',
    });
    const snapshot = async () =>
      JSON.stringify(
        await t.deps.db
          .selectFrom('partner_contacts')
          .select(['id', 'partner_id', 'version'])
          .where('partner_id', 'in', [kept.id, duplicate.id])
          .orderBy('id')
          .execute(),
      ) + JSON.stringify((await read(manager, kept.id)).json());
    const before = await snapshot();
    const staleDuplicate = await merge(manager, kept.id, {
      duplicateId: duplicate.id,
      version: kept.version,
      duplicateVersion: duplicate.version,
    });
    expect(staleDuplicate.statusCode).toBe(409);
    expect(staleDuplicate.json().error).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { partnerId: duplicate.id, currentVersion: duplicate.version + 1 },
    });
    const staleKept = await merge(manager, kept.id, {
      duplicateId: duplicate.id,
      version: kept.version - 1 || 99,
      duplicateVersion: duplicate.version + 1,
    });
    expect(staleKept.statusCode).toBe(409);
    expect(staleKept.json().error.details.partnerId).toBe(kept.id);
    expect(await snapshot()).toBe(before);
    expect((await read(manager, duplicate.id)).statusCode).toBe(200);
  });

  it('refuses merging a partner with itself, across institutions, or by a role without partners.merge', async () => {
    const { kept, duplicate } = await mappedTwice(manager);
    const self = await merge(manager, kept.id, {
      duplicateId: kept.id,
      version: kept.version,
      duplicateVersion: kept.version,
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.code).toBe('PARTNER_MERGE_SELF');

    const foreign = await createPartnerVia(other);
    const across = await merge(manager, kept.id, {
      duplicateId: foreign.id,
      version: kept.version,
      duplicateVersion: 1,
    });
    expect(across.statusCode).toBe(404);
    expect(across.json().error.code).toBe('PARTNER_NOT_FOUND');
    const intoForeign = await merge(manager, foreign.id, {
      duplicateId: duplicate.id,
      version: 1,
      duplicateVersion: duplicate.version,
    });
    expect(intoForeign.json().error.code).toBe('PARTNER_NOT_FOUND');
    expect((await read(other, foreign.id)).statusCode).toBe(200);

    for (const role of ['facilitator', 'viewer'] as const) {
      const session = await signedInInstitution(t, role);
      const refused = await merge(session, kept.id, {
        duplicateId: duplicate.id,
        version: 1,
        duplicateVersion: 1,
      });
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json().error.code).toBe('FORBIDDEN');
    }
    expect((await read(manager, duplicate.id)).statusCode).toBe(200);
    expect((await read(manager, kept.id)).json<PartnerJson>().version).toBe(kept.version);
  });

  it('follows a chain of merges to the partner that still exists; a merged duplicate cannot merge again', async () => {
    const first = await mappedTwice(manager);
    const third = (await read(manager, (await createPartnerVia(manager)).id)).json<PartnerJson>();
    await merge(manager, first.kept.id, {
      duplicateId: first.duplicate.id,
      version: first.kept.version,
      duplicateVersion: first.duplicate.version,
    });
    const keptNow = (await read(manager, first.kept.id)).json<PartnerJson>();
    const second = await merge(manager, third.id, {
      duplicateId: keptNow.id,
      version: third.version,
      duplicateVersion: keptNow.version,
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().movedContacts).toBe(3);
    const oldest = await read(manager, first.duplicate.id);
    expect(oldest.json().error.details.mergedIntoId).toBe(third.id);
    const again = await merge(manager, third.id, {
      duplicateId: first.duplicate.id,
      version: third.version + 1,
      duplicateVersion: first.duplicate.version,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('PARTNER_MERGED');
  });

  it("lists a registered partner's likely duplicates by NIB, contact phone and similar name", async () => {
    const facilitator = await signedInInstitution(t, 'facilitator');
    const create = async (overrides: Parameters<typeof partnerBody>[0]) => {
      const response = await facilitator.request('POST', '/api/v1/partners', {
        ...partnerBody(overrides),
        confirmDuplicates: true,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string }>().id;
    };
    const base = await create({ name: 'Batik Sasirangan Ananda', identifiers: { nib: '9120005550001' } });
    await createContactVia(facilitator, base, { phone: '0811-5000-9000', email: null });
    const sameNib = await create({ identifiers: { nib: '9120005550001' } });
    const samePhone = await create({ name: 'Usaha Jahit Berkah Sentosa' });
    await createContactVia(facilitator, samePhone, { phone: '+62 811 5000 9000', email: null });
    const similar = await create({ name: 'Batik Sasirangan Ananda Jaya' });
    const unrelated = await create({ name: 'Bengkel Las Sinar Terang' });

    const response = await facilitator.request('GET', `/api/v1/partners/${base}/duplicate-candidates`);
    expect(response.statusCode, response.body).toBe(200);
    const reasons = new Map(
      response
        .json<{ items: { id: string; reasons: string[] }[] }>()
        .items.map((item) => [item.id, item.reasons]),
    );
    expect(reasons.get(sameNib)).toEqual(['same_nib']);
    expect(reasons.get(samePhone)).toEqual(['same_phone']);
    expect(reasons.get(similar)).toEqual(['similar_name']);
    expect(reasons.has(unrelated)).toBe(false);
    expect(reasons.has(base)).toBe(false);
  });
});
