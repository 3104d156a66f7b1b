import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnerVia, partnerBody } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

interface CategoryItem {
  code: string;
  name: string;
  partnerCount: number;
}

describeEachDatabase("an institution's own partner categories", (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const list = async (session: Session) =>
    (await session.request('GET', '/api/v1/partner-categories')).json<{ items: CategoryItem[] }>().items;
  const path = (code: string) => `/api/v1/partner-categories/${encodeURIComponent(code)}`;
  const auditActions = async (code: string) =>
    (
      await t.deps.db
        .selectFrom('audit_events')
        .select('action')
        .where('entity_id', '=', code)
        .where('institution_id', '=', manager.institutionId)
        .orderBy('sequence')
        .execute()
    ).map((row) => row.action);

  it('adds, counts, renames (partners keep the code) and refuses a name taken in another spelling', async () => {
    const created = await manager.request('POST', '/api/v1/partner-categories', { name: 'Sanggar Seni' });
    expect(created.statusCode, created.body).toBe(201);
    const code = created.json<{ code: string }>().code;
    expect(code).toBe('custom:sanggar-seni');
    const twice = await manager.request('POST', '/api/v1/partner-categories', { name: 'sanggar  SENI!' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('CATEGORY_EXISTS');

    const partner = await createPartnerVia(manager, { category: code });
    expect(await list(manager)).toEqual([{ code, name: 'Sanggar Seni', partnerCount: 1 }]);

    const renamed = await manager.request('PATCH', path(code), { name: 'Sanggar Seni dan Budaya' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toEqual({ code, name: 'Sanggar Seni dan Budaya' });
    const detail = await manager.request('GET', `/api/v1/partners/${partner.id}`);
    expect(detail.json().category).toBe(code);

    // The old name is free again; its code is still taken by the renamed category.
    const again = await manager.request('POST', '/api/v1/partner-categories', { name: 'Sanggar Seni' });
    expect(again.json()).toEqual({ code: 'custom:sanggar-seni-2', name: 'Sanggar Seni' });
    const clash = await manager.request('PATCH', path('custom:sanggar-seni-2'), {
      name: 'SANGGAR seni dan budaya',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('CATEGORY_EXISTS');
    const sameName = await manager.request('PATCH', path(code), { name: 'Sanggar Seni dan Budaya' });
    expect(sameName.statusCode).toBe(200);
    const noLetters = await manager.request('PATCH', path(code), { name: '!!!' });
    expect(noLetters.statusCode).toBe(400);

    expect(await auditActions(code)).toEqual([
      'partner_category.created',
      'partner_category.renamed',
      'partner_category.renamed',
    ]);
    const renameRow = await t.deps.db
      .selectFrom('audit_events')
      .select(['before_json', 'after_json'])
      .where('entity_id', '=', code)
      .where('action', '=', 'partner_category.renamed')
      .orderBy('sequence')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(renameRow.before_json!)).toEqual({ code, name: 'Sanggar Seni' });
    expect(JSON.parse(renameRow.after_json!)).toEqual({ code, name: 'Sanggar Seni dan Budaya' });
  });

  it('refuses to delete a category in use with 409 and the count, and deletes it once unused', async () => {
    const code = (
      await manager.request('POST', '/api/v1/partner-categories', { name: 'Pondok Pesantren' })
    ).json<{ code: string }>().code;
    const first = await createPartnerVia(manager, { category: code });
    const second = await createPartnerVia(manager, { category: code });
    const refused = await manager.request('DELETE', path(code));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'CATEGORY_IN_USE', details: { partnerCount: 2 } });
    expect((await list(manager)).find((item) => item.code === code)?.partnerCount).toBe(2);

    for (const partner of [first, second]) {
      const moved = await manager.request('PATCH', `/api/v1/partners/${partner.id}`, {
        version: partner.version,
        category: 'community_group',
      });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const deleted = await manager.request('DELETE', path(code));
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((await list(manager)).map((item) => item.code)).not.toContain(code);
    expect(await auditActions(code)).toEqual(['partner_category.created', 'partner_category.deleted']);
    const gone = await manager.request('DELETE', path(code));
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('CATEGORY_NOT_FOUND');
    const unusable = await manager.request('POST', '/api/v1/partners', {
      ...partnerBody({ category: code }),
    });
    expect(unusable.statusCode).toBe(400);
  });

  it('lets other roles read but not change, keeps institutions apart, and refuses the built-in five', async () => {
    const code = (
      await manager.request('POST', '/api/v1/partner-categories', { name: 'Komunitas Kreatif' })
    ).json<{ code: string }>().code;
    for (const role of ['facilitator', 'viewer'] as const) {
      const session = await signedInInstitution(t, role);
      expect((await session.request('GET', '/api/v1/partner-categories')).statusCode).toBe(200);
      for (const [method, url, body] of [
        ['POST', '/api/v1/partner-categories', { name: 'Dilarang' }],
        ['PATCH', path(code), { name: 'Dilarang' }],
        ['DELETE', path(code), undefined],
      ] as const) {
        const response = await session.request(method, url, body);
        expect(response.statusCode, `${role} ${method}`).toBe(403);
      }
    }
    const outsider = await signedInInstitution(t, 'manager');
    expect(await list(outsider)).toEqual([]);
    const foreignRename = await outsider.request('PATCH', path(code), { name: 'Diambil alih' });
    expect(foreignRename.statusCode).toBe(404);
    expect(foreignRename.json().error.code).toBe('CATEGORY_NOT_FOUND');
    expect((await outsider.request('DELETE', path(code))).statusCode).toBe(404);
    expect((await list(manager)).find((item) => item.code === code)?.name).toBe('Komunitas Kreatif');
    const builtIn = await manager.request('DELETE', path('business'));
    expect(builtIn.statusCode).toBe(400);
  });
});
