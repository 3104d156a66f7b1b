import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInInstitution, type Session } from '../../../tests/factories/people';
import { createTestApp, type TestApp } from '../../../tests/setup/test-app';
import { ConfigError, loadConfig } from './config';
import { openStreetMapAttribution, openStreetMapTileUrl, tileImageSource } from './map-tiles';

describe('MAP_TILE_URL and MAP_TILE_ATTRIBUTION', () => {
  it('defaults to OpenStreetMap with its attribution', () => {
    expect(loadConfig({}).mapTiles).toEqual({
      url: openStreetMapTileUrl,
      attribution: openStreetMapAttribution,
    });
  });

  it('turns tiles off with an empty value or none', () => {
    for (const value of ['', 'none', 'NONE', '  ']) {
      expect(loadConfig({ MAP_TILE_URL: value }).mapTiles, JSON.stringify(value)).toEqual({
        url: null,
        attribution: '',
      });
    }
  });

  it('takes another tile server with its own attribution', () => {
    const config = loadConfig({
      MAP_TILE_URL: 'https://{s}.tiles.contoh.id:8443/peta/{z}/{x}/{y}.png?key=abc',
      MAP_TILE_ATTRIBUTION: '&copy; Peta Contoh',
    });
    expect(config.mapTiles).toEqual({
      url: 'https://{s}.tiles.contoh.id:8443/peta/{z}/{x}/{y}.png?key=abc',
      attribution: '&copy; Peta Contoh',
    });
    expect(tileImageSource(config.mapTiles)).toBe('https://*.tiles.contoh.id:8443');
  });

  it('refuses a URL that is not a tile template or would break the security header', () => {
    for (const value of [
      'tile.openstreetmap.org/{z}/{x}/{y}.png',
      'https://tile.openstreetmap.org/{z}/{x}.png',
      'ftp://tiles.contoh.id/{z}/{x}/{y}.png',
      "https://tiles.contoh.id; script-src 'unsafe-inline'/{z}/{x}/{y}.png",
      'https://tiles-{s}.contoh.id/{z}/{x}/{y}.png',
    ]) {
      let error: unknown = null;
      try {
        loadConfig({ MAP_TILE_URL: value });
      } catch (caught) {
        error = caught;
      }
      expect(error, value).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems[0], value).toMatch(/^MAP_TILE_URL: /);
    }
  });
});

describe('GET /client-config and the image policy', () => {
  let offline: TestApp;
  let online: TestApp;
  let offlineUser: Session;
  let onlineUser: Session;

  beforeAll(async () => {
    offline = await createTestApp('sqlite');
    online = await createTestApp('sqlite', {
      config: { mapTiles: { url: openStreetMapTileUrl, attribution: openStreetMapAttribution } },
    });
    offlineUser = await signedInInstitution(offline, 'viewer');
    onlineUser = await signedInInstitution(online, 'facilitator');
  });
  afterAll(async () => {
    await offline?.close();
    await online?.close();
  });

  it('tells a signed-in user the tile server, and no one else', async () => {
    const anonymous = await online.app.inject({ method: 'GET', url: '/api/v1/client-config' });
    expect(anonymous.statusCode).toBe(401);
    expect((await offlineUser.request('GET', '/api/v1/client-config')).json()).toEqual({
      mapTiles: { url: null, attribution: '' },
    });
    expect((await onlineUser.request('GET', '/api/v1/client-config')).json()).toEqual({
      mapTiles: { url: openStreetMapTileUrl, attribution: openStreetMapAttribution },
    });
  });

  it('lets images load from the tile server only when one is configured', async () => {
    const imageSources = async (t: TestApp) => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      const policy = String(response.headers['content-security-policy']);
      return /img-src ([^;]*)/.exec(policy)?.[1];
    };
    expect(await imageSources(offline)).toBe("'self' data: blob:");
    expect(await imageSources(online)).toBe("'self' data: blob: https://tile.openstreetmap.org");
  });
});
