import { Kysely, sql, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/contracts/common';
import type { PartnerListItem } from '../../../shared/contracts/partners';
import { copyPartnerRows } from '../../../../tests/factories/partner-copies';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { migrateToLatest } from '../../db/migrate';
import { openSqlite } from '../../db/database';
import type { Database } from '../../db/schema';
import { partnerSearchCountCap } from './list-partners';
import { listPartnerSummaryRows, listSearchMatchIds, type PartnerFilter } from './partners.repository';

/** More matches than a search counts and pages (ADR 0038). */
const copies = 1_300;

/**
 * A search's pages are cut from its first 1,000 matches and sorted by name; the total is exact up to
 * 1,000 and "1,000+" beyond it. Under the cap, the pages hold exactly the matching partners.
 */
describeEachDatabase('partner search over more matches than it counts', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    other = await signedInInstitution(t, 'manager');
    const template = await createPartnerVia(manager, { name: 'Koperasi Sasirangan' });
    await copyPartnerRows(t, template.id, copies, { withSearchText: true });
    await createPartnerVia(manager, {
      name: 'Sanggar Sasirangan Intan',
      category: 'community_group',
      confirmDuplicates: true,
    });
    await createPartnerVia(manager, { name: 'Toko Intan Permata' });
    await createPartnerVia(manager, { name: 'Bengkel Intan Jaya', category: 'community_group' });
    await createPartnerVia(other, { name: 'Koperasi Sasirangan Lain' });
  }, 120_000);
  afterAll(() => t.close());

  async function allPages(query: string) {
    const first = await read(`/api/v1/partners?${query}&limit=100`);
    const items = [...first.items];
    for (let cursor = first.nextCursor; cursor;) {
      const next = await read(`/api/v1/partners?${query}&limit=100&cursor=${encodeURIComponent(cursor)}`);
      expect(next.total).toBeNull();
      items.push(...next.items);
      cursor = next.nextCursor;
    }
    return { first, items };
  }

  async function read(path: string): Promise<Page<PartnerListItem>> {
    const response = await manager.request('GET', path);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return response.json<Page<PartnerListItem>>();
  }

  /** The institution's partners whose name contains `fragment`, as the list orders them. */
  async function expectedNames(fragment: string, category?: string, ids?: Set<string>): Promise<string[]> {
    let query = t.deps.db
      .selectFrom('partners')
      .select('name')
      .where('institution_id', '=', manager.institutionId)
      .where(sql<boolean>`lower(name) like ${`%${fragment.toLowerCase()}%`}`)
      .orderBy('name_key')
      .orderBy('id');
    if (category) query = query.where('category', '=', category);
    return (await query.select('id').execute())
      .filter((row) => !ids || ids.has(row.id))
      .map((row) => row.name);
  }

  it('a common fragment: the total stops at the cap and the pages hold 1,000 of its matches, in order', async () => {
    const { first, items } = await allPages('q=sasirangan');
    expect(first.total).toBe(partnerSearchCountCap);
    expect(first.totalCapped).toBe(true);
    expect(items).toHaveLength(partnerSearchCountCap);
    expect(new Set(items.map((item) => item.id)).size).toBe(partnerSearchCountCap);
    const expected = await expectedNames('sasirangan', undefined, new Set(items.map((item) => item.id)));
    expect(items.map((item) => item.name)).toEqual(expected);
    expect(await expectedNames('sasirangan')).toHaveLength(copies + 2);

    const narrowed = await allPages('q=sasirangan&size=micro');
    expect(narrowed.first.totalCapped).toBe(true);
    expect(narrowed.items).toHaveLength(partnerSearchCountCap);
    expect(narrowed.items.every((item) => item.size === 'micro' && /sasirangan/i.test(item.name))).toBe(true);
  });

  it('a fragment under the cap: the exact total and the same pages', async () => {
    // "Sasirangan 1", 10–19, 100–199, 1000–1300, and no other.
    const { first, items } = await allPages(`q=${encodeURIComponent('sasirangan 1')}`);
    const expected = await expectedNames('sasirangan 1');
    expect(expected).toHaveLength(1 + 10 + 100 + 301);
    expect(first.total).toBe(expected.length);
    expect(first.totalCapped).toBe(false);
    expect(items.map((item) => item.name)).toEqual(expected);
  });

  it('a rare fragment, alone and with another filter, finds only its own institution', async () => {
    const rare = await allPages('q=intan');
    expect(rare.first.total).toBe(3);
    expect(rare.items.map((item) => item.name)).toEqual(await expectedNames('intan'));

    const filtered = await allPages('q=sasirangan&category=community_group');
    expect(filtered.first.total).toBe(1);
    expect(filtered.items.map((item) => item.name)).toEqual(['Sanggar Sasirangan Intan']);

    const none = await allPages('q=sasirangan%20lain');
    expect(none.first.total).toBe(0);
    expect(none.items).toEqual([]);
  });
});

describe('the search plans on SQLite, with the L data set statistics', () => {
  it('reads the first matches from the index, then looks each partner up by id and sorts them', async () => {
    const sqlite = openSqlite(':memory:');
    const statements: { sql: string; parameters: readonly unknown[] }[] = [];
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (event) => void statements.push(event.query),
    });
    await migrateToLatest(db);
    // One institution of 1,000,000 partners, as ANALYZE left them (bench, size L).
    sqlite.exec('ANALYZE');
    const stat = sqlite.prepare('INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)');
    sqlite.exec("DELETE FROM sqlite_stat1 WHERE tbl IN ('partners', 'partner_search')");
    for (const [table, index, figures] of [
      ['partners', 'partners_institution_import_key', '1009672 103 103'],
      ['partners', 'partners_institution_facilitator_user_id', '1009672 103 22'],
      ['partners', 'partners_institution_npwp', '1009672 103 8'],
      ['partners', 'partners_institution_nib', '1009672 103 5'],
      ['partners', 'partners_institution_category', '1009672 103 22'],
      ['partners', 'partners_institution_village_code', '1009672 103 4'],
      ['partners', 'partners_institution_district_code', '1009672 103 4'],
      ['partners', 'partners_institution_regency_code', '1009672 103 8'],
      ['partners', 'partners_institution_province_code', '1009672 103 34'],
      ['partners', 'partners_institution_name', '1009672 103 1 1'],
      ['partners', 'sqlite_autoindex_partners_1', '1009672 1'],
      ['partner_search', 'sqlite_autoindex_partner_search_1', '1009672 1'],
    ])
      stat.run(table, index, figures);
    sqlite.exec('ANALYZE sqlite_schema');
    /** The plans of what a search's page sends: its match ids, then the page among them. */
    const plansOf = async (filter: PartnerFilter & { q: string }) => {
      statements.length = 0;
      await listSearchMatchIds(db, 'sqlite', filter, 1_001);
      await listPartnerSummaryRows(db, 'sqlite', filter, { after: null, limit: 50, among: ['a', 'b'] });
      return statements.map(({ sql: text, parameters }) =>
        sqlite
          .prepare(`EXPLAIN QUERY PLAN ${text}`)
          .all(...parameters)
          .map((row) => (row as { detail: string }).detail)
          .join(' | '),
      );
    };
    const search = { institutionId: 'i', q: 'sasirangan' };
    const [alone, page] = await plansOf(search);
    expect(alone).toMatch(/^SCAN partner_search_fts VIRTUAL TABLE/);
    expect(page).toMatch(/^SEARCH partners USING INDEX sqlite_autoindex_partners_1 \(id=\?\)/);
    const [withCategory] = await plansOf({ ...search, category: 'business' });
    expect(withCategory).toMatch(/^SEARCH partners USING INDEX sqlite_autoindex_partners_1 \(id=\?\)/);
    for (const plan of [alone, page, withCategory]) expect(plan).not.toMatch(/partners_institution_name/);
    await db.destroy();
  });
});
