import { findPartnerRow } from '../../src/server/modules/partners/partners.repository';
import { getJson } from '../bench-server';
import { bind, captureAppSql } from '../floor-driver';
import { institutionMarker } from '../partner-floor';
import {
  allMet,
  besideFloor,
  check,
  throughputRatioCheck,
  datasetOf,
  rotate,
  type Scenario,
} from '../scenario';

const institutionsUsed = 20;
const partnersPerInstitution = 25;

/**
 * A partner's page in one request. Today that is the partner, its labels and its contacts; the
 * latest interactions, partnerships, agreement status and care arrive with later issues.
 */
export const scenario: Scenario = {
  id: 'S3',
  name: 'Partner detail GET /partners/:id (partner, labels, contacts) against a single-row lookup',
  needsDataset: true,
  async registerFloor(app, driver) {
    const [lookup] = await captureAppSql(driver.dialect, (db) =>
      findPartnerRow(db, institutionMarker, '$id'),
    );
    app.get<{ Params: { id: string }; Querystring: { institution: string } }>(
      '/floor/s3/partners/:id',
      async (request) => {
        const values = new Map<string, unknown>([
          [institutionMarker, request.query.institution],
          ['$id', request.params.id],
        ]);
        return (await driver.all(bind(lookup!, values)))[0];
      },
    );
  },
  async run(ctx) {
    const dataset = datasetOf(ctx);
    const used = dataset.institutions.slice(0, institutionsUsed);
    const result = await besideFloor(ctx, async (app, floor) => {
      const appRequests: { path: string; headers: Record<string, string> }[] = [];
      const floorRequests: { path: string }[] = [];
      for (const [index, institution] of used.entries()) {
        const headers = { cookie: await ctx.session(app, index) };
        // Spread over the registry: every n-th partner by id (ids are time-ordered: old and new ones).
        const ids = await ctx.db
          .selectFrom('partners')
          .select('id')
          .where('institution_id', '=', institution.id)
          .orderBy('id')
          .execute();
        const step = Math.max(1, Math.floor(ids.length / partnersPerInstitution));
        for (const { id } of ids.filter((_, i) => i % step === 0).slice(0, partnersPerInstitution)) {
          appRequests.push({ path: `/api/v1/partners/${id}`, headers });
          floorRequests.push({ path: `/floor/s3/partners/${id}?institution=${institution.id}` });
        }
      }
      const [sampleApp, sampleFloor] = [appRequests[0]!, floorRequests[0]!];
      const appPartner = await getJson<{ id: string }>(`${app.baseUrl}${sampleApp.path}`, sampleApp.headers);
      const floorRow = await getJson<{ id: string }>(`${floor.baseUrl}${sampleFloor.path}`);
      if (appPartner.id !== floorRow.id) throw new Error('S3 floor and app disagree');
      return {
        app: { baseUrl: app.baseUrl, plan: rotate(appRequests) },
        floor: { baseUrl: floor.baseUrl, plan: rotate(floorRequests) },
      };
    });
    const checks = [
      throughputRatioCheck(result.throughputRatio, 0.3),
      check(
        '1 client: p50',
        '≤ 1.5 ms',
        result.singleClient.app.p50Ms,
        ' ms',
        result.singleClient.app.p50Ms <= 1.5,
      ),
      // The page's first paint needs this one response: the partner arrives with its contacts and labels.
      { label: 'HTTP round trips for first paint', target: '1', value: '1', met: true },
    ];
    return {
      id: 'S3',
      name: scenario.name,
      dialect: ctx.dialect,
      size: ctx.size,
      target: '20 clients: throughput ≥ 0.3× single-row floor; 1 client: p50 ≤ 1.5 ms; one round trip',
      figures: {
        ...result,
        institutions: used.length,
        partnersRequested: used.length * partnersPerInstitution,
      },
      checks,
      met: allMet(checks),
      notes: [
        'interactions, partnerships, agreement status and care are not in the detail yet (later issues)',
      ],
    };
  },
};
