import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activeAgreementVia } from '../../../../../tests/factories/dashboard-world';
import { createPartnershipVia } from '../../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../tests/setup/test-app';

describeEachDatabase('verifying the stored signed copy (promise 14)', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-09-01T02:00:00.000Z'));
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  it('finds one byte changed in the stored file on the server’s disk, and the file intact again once restored', async () => {
    const partner = await createPartnerVia(manager);
    const partnership = await createPartnershipVia(manager, [partner.id]);
    const agreement = await activeAgreementVia(t, manager, {
      partnershipId: partnership.id,
      partnerId: partner.id,
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
    });
    const verify = async () =>
      (await manager.request('GET', `/api/v1/agreements/${agreement.id}/verification`)).json<{
        intact: boolean;
        source: string;
        storedSha256: string;
        computedSha256: string;
      }>();
    const first = await verify();
    expect(first).toMatchObject({ intact: true, source: 'stored' });

    const { storage_key: storedKey } = await t.deps.db
      .selectFrom('agreements')
      .innerJoin('files', 'files.id', 'agreements.final_file_id')
      .select('files.storage_key')
      .where('agreements.id', '=', agreement.id)
      .executeTakeFirstOrThrow();
    const onDisk = path.join(t.database.dataDir, 'files', storedKey);
    const original = fs.readFileSync(onDisk);
    const changed = Buffer.from(original);
    const at = Math.floor(changed.length / 2);
    changed[at] = changed[at]! ^ 0x01;
    fs.writeFileSync(onDisk, changed);

    const tampered = await verify();
    expect(tampered).toMatchObject({ intact: false, source: 'stored', storedSha256: first.storedSha256 });
    expect(tampered.computedSha256).not.toBe(first.storedSha256);

    fs.writeFileSync(onDisk, original);
    expect(await verify()).toMatchObject({ intact: true, computedSha256: first.storedSha256 });
  });
});
