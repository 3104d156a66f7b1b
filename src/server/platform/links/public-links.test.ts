import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInstitutionFixture } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import {
  consumePublicLink,
  issuePublicLink,
  listPublicLinks,
  openPublicLink,
  revokePublicLinks,
} from './public-links';

const now = '2026-03-01T02:00:00.000Z';
const later = '2026-03-08T02:00:00.000Z';

describeEachDatabase('public links', (dialect) => {
  let t: TestApp;
  let institutionId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    institutionId = (await createInstitutionFixture(t)).institutionId;
  });
  afterAll(() => t.close());

  const issue = (subjectId: string, singleUse: boolean) =>
    issuePublicLink(t.deps.db, {
      institutionId,
      purpose: 'test_review',
      subjectId,
      singleUse,
      createdByUserId: null,
      now,
      expiresAt: later,
    });

  const codeOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return 'OPENED';
    } catch (error) {
      return (error as { code: string }).code;
    }
  };

  it('opens only its own subject and purpose, and stores no token', async () => {
    const { token, link } = await issue('subject-1', false);
    const opened = await openPublicLink(t.deps.db, {
      token,
      purpose: 'test_review',
      subjectId: 'subject-1',
      now,
    });
    expect(opened.id).toBe(link.id);
    expect(
      await codeOf(openPublicLink(t.deps.db, { token, purpose: 'test_review', subjectId: 'subject-2', now })),
    ).toBe('LINK_NOT_FOUND');
    expect(
      await codeOf(openPublicLink(t.deps.db, { token, purpose: 'signing', subjectId: 'subject-1', now })),
    ).toBe('LINK_NOT_FOUND');
    expect(
      await codeOf(
        openPublicLink(t.deps.db, {
          token: `${token}x`,
          purpose: 'test_review',
          subjectId: 'subject-1',
          now,
        }),
      ),
    ).toBe('LINK_NOT_FOUND');
    const stored = await t.deps.db
      .selectFrom('public_links')
      .selectAll()
      .where('id', '=', link.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('expires, and a reusable link survives use while a single-use one does not', async () => {
    const reusable = await issue('subject-3', false);
    const open = (token: string, subjectId: string, at = now) =>
      openPublicLink(t.deps.db, { token, purpose: 'test_review', subjectId, now: at });
    await consumePublicLink(t.deps.db, await open(reusable.token, 'subject-3'), now);
    expect(await codeOf(open(reusable.token, 'subject-3'))).toBe('OPENED');
    expect(await codeOf(open(reusable.token, 'subject-3', later))).toBe('LINK_EXPIRED');

    const once = await issue('subject-4', true);
    const first = await open(once.token, 'subject-4');
    const second = await open(once.token, 'subject-4');
    await consumePublicLink(t.deps.db, first, now);
    expect(await codeOf(consumePublicLink(t.deps.db, second, now))).toBe('LINK_USED');
    expect(await codeOf(open(once.token, 'subject-4'))).toBe('LINK_USED');
  });

  it('revoked links stop opening and are listed with their state', async () => {
    const { token } = await issue('subject-5', false);
    await revokePublicLinks(
      t.deps.db,
      { institutionId, purpose: 'test_review', subjectId: 'subject-5' },
      now,
    );
    expect(
      await codeOf(openPublicLink(t.deps.db, { token, purpose: 'test_review', subjectId: 'subject-5', now })),
    ).toBe('LINK_REVOKED');
    const listed = await listPublicLinks(t.deps.db, {
      institutionId,
      purpose: 'test_review',
      subjectId: 'subject-5',
    });
    expect(listed).toHaveLength(1);
    expect(listed[0]!.revokedAt).toBe(now);
  });
});
