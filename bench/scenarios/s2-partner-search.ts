import type { Dialect } from '../../src/server/db/dialect-of';
import { partnerSearchCountCap } from '../../src/server/modules/partners/list-partners';
import { toSearchFragment } from '../../src/server/modules/partners/refresh-partner-search';
import { getJson } from '../bench-server';
import { positional } from '../floor-driver';
import { partnerPageFloor } from '../partner-floor';
import { allMet, besideFloor, check, listReaders, rotate, type Scenario } from '../scenario';
import { searchFragments, type SearchFragment } from '../search-fragments';

const pageSize = 50;
/**
 * Typed fragments per institution read. At L the one institution gets 40: each is also asked of the
 * unindexed floor to check the rows agree, and there that is a scan of 1,000,000 partners.
 */
const fragmentsPerInstitution = 12;
const fragmentsAtL = 40;

type ListedPage = { items: { id: string }[]; total: number | null; totalCapped?: boolean };

/**
 * The floor quality-bars.md names: the same texts (name, sector, identifiers, each contact's name,
 * email and phone in both forms) matched with an unindexed `LIKE '%x%'` inside the institution.
 */
function likeCondition(dialect: Dialect): string {
  const like = dialect === 'postgres' ? 'ILIKE' : 'LIKE';
  const m = (column: string) => `${column} ${like} @pattern ESCAPE '\\'`;
  return `partners.institution_id = @institution AND (${[
    'partners.name',
    'partners.sector',
    'partners.nib',
    'partners.npwp',
    'partners.cooperative_legal_number',
  ]
    .map(m)
    .join(' OR ')} OR EXISTS (SELECT 1 FROM partner_contacts c WHERE c.institution_id = @institution
      AND c.partner_id = partners.id AND (${[
        'c.name',
        'c.email',
        "replace(c.phone, '+', '')",
        "'0' || substr(c.phone, 4)",
      ]
        .map(m)
        .join(' OR ')})))`;
}

/** Search over partners and contacts: names, phone digits and email fragments, as people type them. */
export const scenario: Scenario = {
  id: 'S2',
  name: 'Search partners and contacts (name, phone, email fragments), first page of 50',
  needsDataset: true,
  registerFloor(app, driver) {
    const condition = likeCondition(driver.dialect);
    // The columns the app's page reads (listPartnerSummaryRows), so only the matching differs.
    const columns =
      'id, name, name_key, category, size, sector, region_code, regency_code, scope, facilitator_user_id, lat, lng, updated_at';
    const pageSql = `SELECT ${columns} FROM partners WHERE ${condition} ORDER BY name_key, partners.id LIMIT ${pageSize + 1}`;
    const countSql = `SELECT count(*) AS n FROM (SELECT 1 FROM partners WHERE ${condition} LIMIT ${partnerSearchCountCap + 1}) AS capped`;
    const page = partnerPageFloor(driver);
    app.get<{ Querystring: { institution: string; q: string } }>('/floor/s2/partners', (request) => {
      const { institution, q } = request.query;
      const values = { institution, pattern: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
      return page(
        institution,
        positional(driver.dialect, pageSql, values),
        positional(driver.dialect, countSql, values),
        pageSize,
        true,
      );
    });
  },
  async run(ctx) {
    const used = listReaders(ctx);
    const fragmentsEach = ctx.size === 'L' ? fragmentsAtL : fragmentsPerInstitution;
    const agreement = { same: 0, of: 0, capped: 0, differing: [] as string[] };
    const kinds: Record<SearchFragment['kind'], number> = { name: 0, phone: 0, email: 0 };
    const result = await besideFloor(ctx, async (app, floor) => {
      const appRequests: { path: string; headers: Record<string, string> }[] = [];
      const floorRequests: { path: string }[] = [];
      for (const { institution, index } of used) {
        const headers = { cookie: await ctx.session(app, index) };
        for (const fragment of await searchFragments(ctx.db, institution.id, fragmentsEach)) {
          kinds[fragment.kind] += 1;
          const appPath = `/api/v1/partners?q=${encodeURIComponent(fragment.typed)}`;
          // The app turns a typed phone into digits before searching; the floor gets it already turned.
          const floorPath = `/floor/s2/partners?institution=${institution.id}&q=${encodeURIComponent(toSearchFragment(fragment.typed))}`;
          const appPage = await getJson<ListedPage>(`${app.baseUrl}${appPath}`, headers);
          const floorPage = await getJson<ListedPage>(`${floor.baseUrl}${floorPath}`);
          agreement.of += 1;
          const capped = (floorPage.total ?? 0) > partnerSearchCountCap;
          // Past the cap the app pages 1,000 of the matches, not the first names (ADR 0038): both
          // must say so and fill the page. Under it, the same rows and the same total.
          const same = capped
            ? appPage.totalCapped === true && appPage.items.length === floorPage.items.length
            : appPage.total === floorPage.total &&
              appPage.items.map((i) => i.id).join() === floorPage.items.map((i) => i.id).join();
          if (capped) agreement.capped += 1;
          if (same) agreement.same += 1;
          else
            agreement.differing.push(
              `"${fragment.typed}": app ${appPage.items.length} of ${appPage.total}, floor ${floorPage.items.length} of ${floorPage.total}`,
            );
          appRequests.push({ path: appPath, headers });
          floorRequests.push({ path: floorPath });
        }
      }
      if (agreement.same !== agreement.of)
        ctx.log(`    app and LIKE floor differ on ${agreement.of - agreement.same} fragment(s)`);
      return {
        app: { baseUrl: app.baseUrl, plan: rotate(appRequests) },
        floor: { baseUrl: floor.baseUrl, plan: rotate(floorRequests) },
      };
    });
    // quality-bars.md: ≥ 1,000 req/s at M; one client p50 ≤ 3 ms at M and at L.
    const throughputCheck = check(
      '20 clients: throughput',
      '≥ 1000 req/s',
      result.twentyClients.app.throughputPerSec,
      ' req/s',
      result.twentyClients.app.throughputPerSec >= 1000,
    );
    const checks = [
      ...(ctx.size === 'L' ? [] : [throughputCheck]),
      check(
        '1 client: p50',
        '≤ 3 ms',
        result.singleClient.app.p50Ms,
        ' ms',
        result.singleClient.app.p50Ms <= 3,
      ),
    ];
    return {
      id: 'S2',
      name: scenario.name,
      dialect: ctx.dialect,
      size: ctx.size,
      target:
        ctx.size === 'L'
          ? '1 client: p50 ≤ 3 ms (floor: unindexed LIKE)'
          : '20 clients: ≥ 1000 req/s; 1 client: p50 ≤ 3 ms (floor: unindexed LIKE)',
      figures: {
        ...result,
        fragments: kinds,
        resultsAgreeWithFloor: { same: agreement.same, of: agreement.of, capped: agreement.capped },
      },
      checks,
      met: allMet(checks),
      notes:
        agreement.differing.length > 0
          ? [`differs from the LIKE floor: ${agreement.differing.join('; ')}`]
          : [],
    };
  },
};
