import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { listContactRows } from './partner-contacts.repository';
import { findPartnerDetailRow } from './partner-detail.repository';
import { listPartnerLabels } from './partner-labels.repository';
import { findPartnerRow } from './partners.repository';

/** What the partner's page read in four statements before ADR 0039, the yardstick of the one. */
async function readSeparately(t: TestApp, institutionId: string, id: string) {
  const partner = await findPartnerRow(t.deps.db, institutionId, id);
  const labels = await listPartnerLabels(t.deps.db, institutionId, [id]);
  const contacts = await listContactRows(t.deps.db, institutionId, [id]);
  return partner ? { partner, labels: labels.get(id)!, contacts } : undefined;
}

describeEachDatabase('a partner with its labels and contacts in one statement', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  it('reads the same rows, in the same order, as the four separate reads', async () => {
    const { id } = await createPartnerVia(manager, {
      name: 'Koperasi "Maju" Bersama',
      tags: ['zz-akhir', 'anyaman', 'Ëmas', 'kutip "dua"'],
      needs: ['market_access', 'capital'],
      offers: ['internship_places', 'guest_instructors', 'curriculum_input'],
    });
    await createContactVia(manager, id, { name: 'Bapak Ahmad "Amat" Fauzi', whatsApp: false });
    await createContactVia(manager, id, {
      name: 'Ibu Siti Rahmah',
      phone: null,
      email: null,
      position: null,
      preferences: 'Baris satu\nbaris dua \\ garis miring',
      legalBasis: 'legitimate_interest',
      consent: null,
    });
    await createContactVia(manager, id, { name: 'Ibu Hj. Rusmini' });

    const detail = await findPartnerDetailRow(t.deps.db, manager.institutionId, id);
    expect(detail).toEqual(await readSeparately(t, manager.institutionId, id));
    expect(detail!.contacts.map((contact) => contact.name)).toEqual([
      'Bapak Ahmad "Amat" Fauzi',
      'Ibu Siti Rahmah',
      'Ibu Hj. Rusmini',
    ]);
    expect(detail!.contacts.map((contact) => contact.whatsapp)).toEqual([0, 1, 1]);
    expect(detail!.labels.needs).toEqual(['capital', 'market_access']);
  });

  it('answers empty lists for a partner with no labels or contacts, and nothing for another institution', async () => {
    const { id } = await createPartnerVia(manager, { tags: [], needs: [], offers: [] });
    const detail = await findPartnerDetailRow(t.deps.db, manager.institutionId, id);
    expect(detail).toEqual(await readSeparately(t, manager.institutionId, id));
    expect(detail!.labels).toEqual({ tags: [], needs: [], offers: [] });
    expect(detail!.contacts).toEqual([]);

    const other = await signedInInstitution(t, 'manager');
    expect(await findPartnerDetailRow(t.deps.db, other.institutionId, id)).toBeUndefined();
  });
});
