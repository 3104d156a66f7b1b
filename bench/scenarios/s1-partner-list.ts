import { partnerCountCap } from '../../src/server/modules/partners/list-partners';
import {
  countPartnerRows,
  listPartnerSummaryRows,
} from '../../src/server/modules/partners/partners.repository';
import { getJson } from '../bench-server';
import { bind, captureAppSql } from '../floor-driver';
import { institutionMarker, partnerPageFloor, readCursor } from '../partner-floor';
import {
  allMet,
  besideFloor,
  check,
  throughputRatioCheck,
  listReaders,
  rotate,
  type Scenario,
} from '../scenario';

const pageSize = 50;

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

/** The registry page by page: first page (with its capped count) and the next one by keyset cursor. */
export const scenario: Scenario = {
  id: 'S1',
  name: 'Partner list, first and next page (keyset, 50 rows, auth + tenant scope)',
  needsDataset: true,
  async registerFloor(app, driver) {
    const filter = { institutionId: institutionMarker };
    const [[first], [next], [count]] = await Promise.all([
      captureAppSql(driver.dialect, (db) =>
        listPartnerSummaryRows(db, driver.dialect, filter, { after: null, limit: pageSize }),
      ),
      captureAppSql(driver.dialect, (db) =>
        listPartnerSummaryRows(db, driver.dialect, filter, { after: ['$nameKey', '$id'], limit: pageSize }),
      ),
      captureAppSql(driver.dialect, (db) => countPartnerRows(db, driver.dialect, filter, partnerCountCap)),
    ]);
    const page = partnerPageFloor(driver);
    app.get<{ Querystring: { institution: string; cursor?: string } }>('/floor/s1/partners', (request) => {
      const { institution, cursor } = request.query;
      const after = readCursor(cursor);
      const values = new Map<string, unknown>([[institutionMarker, institution]]);
      if (after) {
        values.set('$nameKey', after[0]);
        values.set('$id', after[1]);
      }
      return page(
        institution,
        bind(after ? next! : first!, values),
        after ? null : bind(count!, values),
        pageSize,
      );
    });
  },
  async run(ctx) {
    const used = listReaders(ctx);
    // quality-bars.md: p50 ≤ 1.5 ms, and ≤ 3 ms over the institution of 1,000,000 partners (L).
    const p50TargetMs = ctx.size === 'L' ? 3 : 1.5;
    const result = await besideFloor(ctx, async (app, floor) => {
      const appRequests: { path: string; headers: Record<string, string> }[] = [];
      const floorRequests: { path: string }[] = [];
      for (const { institution, index } of used) {
        const headers = { cookie: await ctx.session(app, index) };
        const firstPage = await getJson<Page>(`${app.baseUrl}/api/v1/partners`, headers);
        if (!firstPage.nextCursor) throw new Error(`${institution.name} has a single page`);
        const cursor = encodeURIComponent(firstPage.nextCursor);
        const nextPage = await getJson<Page>(`${app.baseUrl}/api/v1/partners?cursor=${cursor}`, headers);
        const floorFirst = `/floor/s1/partners?institution=${institution.id}`;
        const floorNext = `${floorFirst}&cursor=${cursor}`;
        // The floor must answer the same rows, or the ratio compares different work.
        for (const [appPage, floorPath] of [
          [firstPage, floorFirst],
          [nextPage, floorNext],
        ] as const) {
          const floorPage = await getJson<Page>(`${floor.baseUrl}${floorPath}`);
          if (floorPage.items.map((i) => i.id).join() !== appPage.items.map((i) => i.id).join())
            throw new Error(`S1 floor and app disagree on ${floorPath}`);
        }
        appRequests.push(
          { path: '/api/v1/partners', headers },
          { path: `/api/v1/partners?cursor=${cursor}`, headers },
        );
        floorRequests.push({ path: floorFirst }, { path: floorNext });
      }
      return {
        app: { baseUrl: app.baseUrl, plan: rotate(appRequests) },
        floor: { baseUrl: floor.baseUrl, plan: rotate(floorRequests) },
      };
    });
    const checks = [
      throughputRatioCheck(result.throughputRatio, 0.5),
      check(
        '1 client: p50',
        `≤ ${p50TargetMs} ms`,
        result.singleClient.app.p50Ms,
        ' ms',
        result.singleClient.app.p50Ms <= p50TargetMs,
      ),
    ];
    return {
      id: 'S1',
      name: scenario.name,
      dialect: ctx.dialect,
      size: ctx.size,
      target: `20 clients: throughput ≥ 0.5× floor; 1 client: p50 ≤ ${p50TargetMs} ms`,
      figures: {
        ...result,
        institutions: used.length,
        partnersPerInstitution: used.map((reader) => reader.institution.partnerCount),
      },
      checks,
      met: allMet(checks),
    };
  },
};
