import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase(
  'a real internal failure reaches the client as a code and a request id (promise 12)',
  (dialect) => {
    let t: TestApp;
    let manager: Session;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      manager = await signedInInstitution(t, 'manager');
      await createPartnerVia(manager, { tags: ['rajut'] });
    });
    afterAll(() => t.close());

    it('a query that fails in the database answers 500 INTERNAL with no SQL, table, stack or path', async () => {
      expect((await manager.request('GET', '/api/v1/partners')).statusCode).toBe(200);
      // Breaking the schema under the running app makes the list's own query fail, as a bug would.
      await sql`DROP TABLE partner_tags`.execute(t.deps.db);
      const response = await manager.request('GET', '/api/v1/partners');
      expect(response.statusCode).toBe(500);
      const body = response.json<{ error: Record<string, unknown> }>();
      expect(Object.keys(body)).toEqual(['error']);
      expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'requestId']);
      expect(body.error.code).toBe('INTERNAL');
      expect(body.error.requestId).toBe(response.headers['x-request-id']);
      for (const leak of [
        'partner_tags',
        'select',
        'from',
        'sqlite',
        'postgres',
        'relation',
        ' at ',
        '/work',
        '.ts',
        'node_modules',
      ]) {
        expect(response.body.toLowerCase(), leak).not.toContain(leak);
      }
    });
  },
);
