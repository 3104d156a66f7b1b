import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agenda, NeglectedList } from '../../../shared/contracts/care';
import type { Page } from '../../../shared/contracts/common';
import type { PartnerListItem } from '../../../shared/contracts/partners';
import type { Dashboard } from '../../../shared/contracts/reports';
import { createInteractionVia } from '../../../../tests/factories/engagement';
import { copyPartnerRows } from '../../../../tests/factories/partner-copies';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

/** Past PostgreSQL's 65,535 bound parameters (SQLite's limit, 32,766, is lower still). */
const copies = 66_000;
const forgottenCopies = 5;
const day = 24 * 60 * 60 * 1000;

/**
 * An institution with more partners than one statement can bind as parameters: every read over all
 * its partners' facts (dashboard, agenda, neglected list, health filter) must still answer. Found by
 * the L benchmark (one institution of 1,000,000 partners): the care facts named every partner id.
 */
describeEachDatabase('care and the dashboard over more partners than a statement binds', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    const template = await createPartnerVia(manager, { name: 'Koperasi Salinan' });
    await createInteractionVia(manager, [template.id], { followUp: null });
    const longAgo = new Date(t.clock.now().getTime() - 200 * day).toISOString();
    await copyPartnerRows(t, template.id, copies, {
      // The first `forgottenCopies` were mapped long ago and never contacted.
      override: {
        created_at: sql`case when n.i <= ${forgottenCopies} then ${longAgo} else p.created_at end`,
      },
    });
  }, 120_000);
  afterAll(() => t.close());

  const read = async <T>(path: string): Promise<T> => {
    const response = await manager.request('GET', path);
    expect(response.statusCode, `${path}: ${response.body.slice(0, 300)}`).toBe(200);
    return response.json<T>();
  };

  it('computes the dashboard, the neglected list, the agenda and the health filter', async () => {
    const dashboard = await read<Dashboard>('/api/v1/reports/dashboard');
    expect(dashboard.partners.total).toBe(copies + 1);
    expect(dashboard.partners.byHealth.reduce((sum, band) => sum + band.count, 0)).toBe(copies + 1);

    const neglected = await read<NeglectedList>('/api/v1/care/neglected');
    const forgotten = neglected.items.filter((item) => item.partnerName.startsWith('Koperasi Salinan '));
    expect(forgotten).toHaveLength(forgottenCopies);
    expect(forgotten.every((item) => item.reasons.includes('never_contacted'))).toBe(true);
    expect(neglected.items).toHaveLength(dashboard.partners.neglected);

    const agenda = await read<Agenda>('/api/v1/care/agenda?scope=all');
    expect(agenda.items.filter((item) => item.partnerName?.startsWith('Koperasi Salinan ')).length).toBe(
      forgottenCopies,
    );

    // The registry's health filter over the band holding most of them (tens of thousands of ids).
    const largest = dashboard.partners.byHealth.reduce((a, b) => (b.count > a.count ? b : a));
    expect(largest.count).toBeGreaterThan(copies / 2);
    const page = await read<Page<PartnerListItem>>(`/api/v1/partners?health=${largest.key}&limit=50`);
    expect(page.items).toHaveLength(50);
    if (!page.totalCapped) expect(page.total).toBe(largest.count);
  }, 120_000);
});
