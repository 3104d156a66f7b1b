import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/platform/audit/verify-audit-chain';
import { createPartnerVia, partnerBody } from '../factories/partners';
import { signedInInstitution, type Session } from '../factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

interface HttpAnswer {
  status: number;
  body: string;
}

describeEachDatabase('concurrent writers (promise 16)', (dialect) => {
  let t: TestApp;
  let facilitator: Session;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    facilitator = await signedInInstitution(t, 'facilitator');
    // A real socket rather than inject: the fifty requests go through Node's HTTP server as in production.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  async function send(method: 'POST' | 'PATCH', path: string, payload: unknown): Promise<HttpAnswer> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie: `jalin_session=${facilitator.cookie}`,
        'x-csrf-token': facilitator.csrfToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify(payload),
    });
    return { status: response.status, body: await response.text() };
  }

  function countAuditRows(): Promise<number> {
    return t.deps.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.count));
  }

  function partnerRow(id: string) {
    return t.deps.db
      .selectFrom('partners')
      .select(['name', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  it('two edits read at the same version: one is saved, the other gets 409 VERSION_CONFLICT', async () => {
    const partner = await createPartnerVia(facilitator);
    const names = ['Galeri Sasirangan Banjarbaru', 'Toko Oleh-Oleh Kalimantan'];

    const answers = await Promise.all(
      names.map((name) =>
        send('PATCH', `/api/v1/partners/${partner.id}`, { version: partner.version, name }),
      ),
    );

    expect(answers.map((a) => a.status).sort(), JSON.stringify(answers)).toEqual([200, 409]);
    const loser = answers.find((a) => a.status === 409)!;
    expect(JSON.parse(loser.body).error.code).toBe('VERSION_CONFLICT');
    const winnerName = names[answers.findIndex((a) => a.status === 200)];
    expect(await partnerRow(partner.id)).toEqual({ name: winnerName, version: partner.version + 1 });
  });

  it('fifty writers at once: every answer is 2xx, every write is stored and audited once, the chain holds', async () => {
    const writers = 50;
    const existing = [];
    for (let i = 0; i < writers; i += 1) existing.push(await createPartnerVia(facilitator));
    const newBodies = existing.map(() => partnerBody());
    const renamed = (i: number) => `Mitra Diperbarui ${i}`;
    const auditRowsBefore = await countAuditRows();

    // Each writer creates one partner and renames another, all in flight together.
    const answers = await Promise.all([
      ...newBodies.map((body) => send('POST', '/api/v1/partners', body)),
      ...existing.map((partner, i) =>
        send('PATCH', `/api/v1/partners/${partner.id}`, { version: partner.version, name: renamed(i) }),
      ),
    ]);

    const failures = answers.filter(
      (a) => a.status < 200 || a.status >= 300 || a.body.includes('SQLITE_BUSY'),
    );
    expect(failures).toEqual([]);
    const newNames = newBodies.map((body) => body.name);
    const created = await t.deps.db
      .selectFrom('partners')
      .select('name')
      .where('institution_id', '=', facilitator.institutionId)
      .where('name', 'in', newNames)
      .execute();
    expect(created).toHaveLength(writers);
    for (const [i, partner] of existing.entries()) {
      expect(await partnerRow(partner.id)).toEqual({ name: renamed(i), version: partner.version + 1 });
    }
    expect(await countAuditRows()).toBe(auditRowsBefore + 2 * writers);
    expect(await verifyAuditChain(t.deps.db)).toMatchObject({ ok: true });
  });
});
