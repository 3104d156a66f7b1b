/** Where the partner map's base layer comes from (ADR 0010). */
export interface MapTiles {
  /** Leaflet URL template; null: no base map, markers on a plain background. */
  url: string | null;
  attribution: string;
}

export const openStreetMapTileUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const openStreetMapAttribution =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

// The origin goes into the Content-Security-Policy header, so the host is held to plain characters;
// `{s}` (Leaflet's subdomain placeholder) only as the first label, which CSP can express as `*.`.
const templatePattern = /^(https?):\/\/((?:\{s\}\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(:\d{1,5})?\/[^\s"';,]*$/i;

export function isTileUrlTemplate(value: string): boolean {
  return templatePattern.test(value) && ['{z}', '{x}', '{y}'].every((part) => value.includes(part));
}

/** `MAP_TILE_URL`: unset is OpenStreetMap; empty or `none` is no tiles (offline installations, tests). */
export function resolveMapTiles(url: string | undefined, attribution: string | undefined): MapTiles {
  if (url === undefined) {
    return { url: openStreetMapTileUrl, attribution: attribution ?? openStreetMapAttribution };
  }
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'none') return { url: null, attribution: '' };
  return { url: trimmed, attribution: attribution ?? '' };
}

/** The CSP `img-src` source the tiles load from, or null without tiles. */
export function tileImageSource(tiles: MapTiles): string | null {
  if (!tiles.url) return null;
  const match = templatePattern.exec(tiles.url);
  if (!match) return null;
  return `${match[1]}://${match[2]!.replace('{s}.', '*.')}${match[3] ?? ''}`;
}
