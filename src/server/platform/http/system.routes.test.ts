import { afterAll, beforeAll, expect, it } from 'vitest';
import { allRoutes } from '../../app';
import { apiPrefix } from './register-routes';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('health, OpenAPI, headers, unknown routes', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('health answers without auth and names the database', async () => {
    const response = await t.app.inject('/api/v1/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: dialect });
  });

  it('OpenAPI 3.1 lists every route with its method, generated from the contracts', async () => {
    const spec = (await t.app.inject('/api/v1/openapi.json')).json();
    expect(spec.openapi).toBe('3.1.0');
    for (const route of allRoutes) {
      const path = `${apiPrefix}${route.path}`.replace(/:([a-zA-Z]+)/g, '{$1}');
      expect(spec.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
    const patch = spec.paths['/api/v1/institutions/{id}'].patch;
    expect(patch.requestBody.content['application/json'].schema.properties.npsn).toBeDefined();
    const docs = await t.app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    expect((await t.app.inject('/api/docs/assets/swagger-ui-bundle.js')).statusCode).toBe(200);
  });

  it('every answer carries a request id and the security headers; unknown routes are coded 404', async () => {
    for (const url of ['/api/v1/health', '/api/v1/tidak-ada', '/api/v1/me']) {
      const response = await t.app.inject(url);
      expect(response.headers['x-request-id']).toBeTruthy();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
    }
    const missing = await t.app.inject('/api/v1/tidak-ada');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    const unauthenticated = await t.app.inject('/api/v1/me');
    expect(unauthenticated.statusCode).toBe(401);
    expect(unauthenticated.body).not.toMatch(/at .*\.ts|node_modules|SELECT/);
  });
});
