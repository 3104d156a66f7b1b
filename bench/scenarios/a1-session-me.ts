import { besideFloor, type Scenario } from '../scenario';

const floorSql =
  'SELECT s.id, u.id AS user_id, u.name FROM sessions s JOIN users u ON u.id = s.user_id LIMIT 1';

/** GET /me: the per-request cost of authentication (session read, role, institution) every scenario pays. */
export const scenario: Scenario = {
  id: 'A1',
  name: 'GET /me with a session cookie (auth read, role, institution) against a bare select',
  needsDataset: false,
  registerFloor(app, driver) {
    app.get('/floor/a1/me', async () => (await driver.all({ sql: floorSql, parameters: [] }))[0]);
  },
  async run(ctx) {
    const result = await besideFloor(ctx, async (app, floor) => {
      const cookie = await ctx.session(app, 0);
      return {
        app: { baseUrl: app.baseUrl, plan: () => ({ path: '/api/v1/me', headers: { cookie } }) },
        floor: { baseUrl: floor.baseUrl, plan: () => ({ path: '/floor/a1/me' }) },
      };
    });
    return {
      id: 'A1',
      name: scenario.name,
      dialect: ctx.dialect,
      size: ctx.size,
      target: 'informative: the per-request auth cost every later scenario pays',
      figures: { ...result },
      checks: [],
      met: null,
    };
  },
};
