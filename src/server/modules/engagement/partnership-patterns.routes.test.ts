import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnershipVia, partnershipBody } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

interface PatternItem {
  code: string;
  name: string;
  description: string | null;
  builtIn: boolean;
  partnershipCount: number;
  version: number | null;
}

describeEachDatabase("an institution's own partnership patterns", (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const list = async (session: Session) =>
    (await session.request('GET', '/api/v1/partnership-patterns')).json<{ items: PatternItem[] }>().items;
  const path = (code: string) => `/api/v1/partnership-patterns/${encodeURIComponent(code)}`;
  const audits = (institutionId: string, code: string) =>
    t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'before_json', 'after_json'])
      .where('entity_id', '=', code)
      .where('institution_id', '=', institutionId)
      .orderBy('sequence')
      .execute();
  const count = async (table: 'partnerships' | 'audit_events' | 'partnership_patterns') =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('lists the guide four read-only, then adds, edits (stale version 409) and refuses taken names', async () => {
    const fresh = await signedInInstitution(t, 'manager');
    const builtIns = await list(fresh);
    expect(builtIns.map((item) => [item.code, item.name, item.builtIn, item.version])).toEqual([
      ['agency', 'Keagenan', true, null],
      ['operational_cooperation', 'Kerja Sama Operasional (KSO)', true, null],
      ['foster', 'Bapak Angkat – Anak Angkat', true, null],
      ['general_trade', 'Dagang Umum', true, null],
    ]);
    expect(builtIns.every((item) => (item.description ?? '').length > 20)).toBe(true);

    const created = await fresh.request('POST', '/api/v1/partnership-patterns', {
      name: 'Magang Bersertifikat',
      description: 'Mitra menerima peserta magang dan menerbitkan sertifikat.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const code = created.json<PatternItem>().code;
    expect(created.json()).toEqual({
      code: 'custom:magang-bersertifikat',
      name: 'Magang Bersertifikat',
      description: 'Mitra menerima peserta magang dan menerbitkan sertifikat.',
      builtIn: false,
      partnershipCount: 0,
      version: 1,
    });
    for (const name of ['magang  BERSERTIFIKAT!', 'keagenan']) {
      const taken = await fresh.request('POST', '/api/v1/partnership-patterns', { name });
      expect(taken.statusCode, name).toBe(409);
      expect(taken.json().error.code).toBe('PATTERN_EXISTS');
    }
    const noLetters = await fresh.request('POST', '/api/v1/partnership-patterns', { name: '!!!' });
    expect(noLetters.statusCode).toBe(400);

    const edited = await fresh.request('PATCH', path(code), {
      version: 1,
      name: 'Magang Industri',
      description: '',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ code, name: 'Magang Industri', description: null, version: 2 });
    const stale = await fresh.request('PATCH', path(code), { version: 1, name: 'Magang Lama' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const again = await fresh.request('POST', '/api/v1/partnership-patterns', {
      name: 'Magang Bersertifikat',
    });
    expect(again.json<PatternItem>().code).toBe('custom:magang-bersertifikat-2');
    expect((await list(fresh)).slice(4).map((item) => item.name)).toEqual([
      'Magang Bersertifikat',
      'Magang Industri',
    ]);

    const rows = await audits(fresh.institutionId, code);
    expect(rows.map((row) => row.action)).toEqual([
      'partnership_pattern.created',
      'partnership_pattern.updated',
    ]);
    expect(JSON.parse(rows[1]!.before_json!)).toMatchObject({ name: 'Magang Bersertifikat', version: 1 });
    expect(JSON.parse(rows[1]!.after_json!)).toMatchObject({ name: 'Magang Industri', version: 2 });
  });

  it('creates and updates partnerships with an own pattern; another institution cannot use it', async () => {
    const code = (
      await manager.request('POST', '/api/v1/partnership-patterns', { name: 'Kelas Industri' })
    ).json<PatternItem>().code;
    const partner = await createPartnerVia(manager);
    const partnership = await createPartnershipVia(manager, [partner.id], { pattern: code });
    const read = await manager.request('GET', `/api/v1/partnerships/${partnership.id}`);
    expect(read.json()).toMatchObject({ pattern: code });
    const filtered = await manager.request('GET', `/api/v1/partnerships?pattern=${encodeURIComponent(code)}`);
    expect(filtered.json().items.map((item: { id: string }) => item.id)).toEqual([partnership.id]);
    expect((await list(manager)).find((item) => item.code === code)?.partnershipCount).toBe(1);

    const outsider = await signedInInstitution(t, 'manager');
    const theirPartner = await createPartnerVia(outsider);
    const before = { partnerships: await count('partnerships'), audit: await count('audit_events') };
    const foreign = await outsider.request(
      'POST',
      '/api/v1/partnerships',
      partnershipBody([theirPartner.id], { pattern: code }),
    );
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error).toMatchObject({
      code: 'PARTNERSHIP_PATTERN_UNKNOWN',
      details: { pattern: code },
    });
    const unknown = await manager.request(
      'POST',
      '/api/v1/partnerships',
      partnershipBody([partner.id], { pattern: 'custom:tidak-ada' }),
    );
    expect(unknown.json().error.code).toBe('PARTNERSHIP_PATTERN_UNKNOWN');
    const malformed = await manager.request(
      'POST',
      '/api/v1/partnerships',
      partnershipBody([partner.id], { pattern: 'waralaba' }),
    );
    expect(malformed.statusCode).toBe(400);
    expect({ partnerships: await count('partnerships'), audit: await count('audit_events') }).toEqual(before);

    const theirs = await createPartnershipVia(outsider, [theirPartner.id]);
    const foreignPatch = await outsider.request('PATCH', `/api/v1/partnerships/${theirs.id}`, {
      version: theirs.version,
      pattern: code,
    });
    expect(foreignPatch.statusCode).toBe(422);
    expect(foreignPatch.json().error.code).toBe('PARTNERSHIP_PATTERN_UNKNOWN');
    const unchanged = await outsider.request('GET', `/api/v1/partnerships/${theirs.id}`);
    expect(unchanged.json()).toMatchObject({ pattern: 'general_trade', version: 1 });
    expect(await list(outsider)).toHaveLength(4);
    expect((await outsider.request('PATCH', path(code), { version: 1, name: 'Diambil' })).statusCode).toBe(
      404,
    );
    expect((await outsider.request('DELETE', path(code))).json().error.code).toBe('PATTERN_NOT_FOUND');
  });

  it('refuses to delete a pattern in use with 409 and the count, and deletes it once unused', async () => {
    const code = (
      await manager.request('POST', '/api/v1/partnership-patterns', { name: 'Teaching Factory' })
    ).json<PatternItem>().code;
    const partner = await createPartnerVia(manager);
    const partnership = await createPartnershipVia(manager, [partner.id], { pattern: code });
    const patternsBefore = await count('partnership_patterns');
    const auditBefore = await count('audit_events');
    const refused = await manager.request('DELETE', path(code));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'PATTERN_IN_USE', details: { partnershipCount: 1 } });
    expect(await count('partnership_patterns')).toBe(patternsBefore);
    expect(await count('audit_events')).toBe(auditBefore);

    const refiled = await manager.request('PATCH', `/api/v1/partnerships/${partnership.id}`, {
      version: partnership.version,
      pattern: 'foster',
    });
    expect(refiled.statusCode, refiled.body).toBe(200);
    const deleted = await manager.request('DELETE', path(code));
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((await list(manager)).map((item) => item.code)).not.toContain(code);
    expect((await audits(manager.institutionId, code)).map((row) => row.action)).toEqual([
      'partnership_pattern.created',
      'partnership_pattern.deleted',
    ]);
    const gone = await manager.request('DELETE', path(code));
    expect(gone.statusCode).toBe(404);
    const unusable = await manager.request(
      'POST',
      '/api/v1/partnerships',
      partnershipBody([partner.id], { pattern: code }),
    );
    expect(unusable.json().error.code).toBe('PARTNERSHIP_PATTERN_UNKNOWN');
    expect((await manager.request('DELETE', path('agency'))).statusCode).toBe(400);
  });

  it('lets facilitators and viewers read but not change patterns', async () => {
    const code = (
      await manager.request('POST', '/api/v1/partnership-patterns', { name: 'Pola Dibaca Saja' })
    ).json<PatternItem>().code;
    for (const role of ['facilitator', 'viewer'] as const) {
      const session = await signedInInstitution(t, role);
      expect((await session.request('GET', '/api/v1/partnership-patterns')).statusCode).toBe(200);
      for (const [method, url, body] of [
        ['POST', '/api/v1/partnership-patterns', { name: 'Dilarang' }],
        ['PATCH', path(code), { version: 1, name: 'Dilarang' }],
        ['DELETE', path(code), undefined],
      ] as const) {
        expect((await session.request(method, url, body)).statusCode, `${role} ${method}`).toBe(403);
      }
    }
  });
});
