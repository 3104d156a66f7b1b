import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedInInstitution, type Session } from '../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../tests/setup/test-app';
import { compiledOnce } from './compiled-once';

describeEachDatabase('a statement compiled once', (dialect) => {
  let t: TestApp;
  let first: Session;
  let second: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    first = await signedInInstitution(t, 'manager');
    second = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  it('builds once per dialect and runs each call with its own values, in the order the text binds them', async () => {
    let builds = 0;
    // The names are given in one order and bound in another, one of them twice, beside a value of
    // the builder's own: each must land in its place on every call, not the first call's.
    const usersOf = compiledOnce(['userId', 'institutionId'], (db, _dialect, markers) => {
      builds += 1;
      return db
        .selectFrom('users')
        .select(['id', 'institution_id'])
        .where('institution_id', '=', markers.institutionId)
        .where((eb) =>
          eb.or([eb('id', '=', markers.userId), eb('institution_id', '=', markers.institutionId)]),
        )
        .where('role', '=', 'manager')
        .orderBy('id')
        .limit(5);
    });

    const ofFirst = await t.deps.db.executeQuery(
      usersOf(t.deps.db, { userId: first.userId, institutionId: first.institutionId }),
    );
    const ofSecond = await t.deps.db.executeQuery(
      usersOf(t.deps.db, { userId: second.userId, institutionId: second.institutionId }),
    );
    const crossed = await t.deps.db.executeQuery(
      usersOf(t.deps.db, { userId: first.userId, institutionId: 'no-such-institution' }),
    );

    expect(ofFirst.rows).toEqual([{ id: first.userId, institution_id: first.institutionId }]);
    expect(ofSecond.rows).toEqual([{ id: second.userId, institution_id: second.institutionId }]);
    expect(crossed.rows).toEqual([]);
    expect(builds).toBe(1);
  });

  it('refuses a statement that never binds one of its names', () => {
    const forgetful = compiledOnce(['userId', 'institutionId'], (db, _dialect, markers) =>
      db.selectFrom('users').select('id').where('id', '=', markers.userId),
    );
    expect(() => forgetful(t.deps.db, { userId: first.userId, institutionId: first.institutionId })).toThrow(
      /never binds institutionId/,
    );
  });

  it('refuses a statement that writes a value into its text, where it would stay for every call', () => {
    const inlined = compiledOnce(['userId'], (db, _dialect, markers) =>
      db
        .selectFrom('users')
        .select('id')
        .where('id', '=', markers.userId)
        .where('name', '=', sql.lit(markers.userId)),
    );
    expect(() => inlined(t.deps.db, { userId: first.userId })).toThrow(/marker reached the SQL text/);
  });
});
