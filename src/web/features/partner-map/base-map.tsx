import 'leaflet/dist/leaflet.css';
import './partner-map.css';
import { useEffect, useState, type ReactNode } from 'react';
import { Box, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import L, { type LatLngExpression } from 'leaflet';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { useT } from '../../lib/i18n';
import { clientConfigQueryOptions } from './partner-map-api';

/** Indonesia with a margin: without tiles there is nothing to find one's way back by. */
const panLimit: L.LatLngBoundsExpression = [
  [-16, 88],
  [12, 147],
];

/** Grid lines drawn as tiles, so they pan and zoom with the markers. */
class PlainGridLayer extends L.GridLayer {
  protected override createTile(): HTMLElement {
    const tile = document.createElement('div');
    tile.className = 'jalin-plain-tile';
    return tile;
  }
}

/** The light background and moving grid, for no tiles or tiles that cannot load. */
function PlainBackground() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.classList.add('jalin-map-plain');
    const grid = new PlainGridLayer({ tileSize: 64 }).addTo(map);
    return () => {
      container.classList.remove('jalin-map-plain');
      grid.remove();
    };
  }, [map]);
  return null;
}

interface BaseMapProps {
  label: string;
  height: number | string;
  center: LatLngExpression;
  zoom: number;
  testId: string;
  children?: ReactNode;
}

/** A Leaflet map on the configured tiles, or on a plain grid when there are none or none load. */
export function BaseMap({ label, height, center, zoom, testId, children }: BaseMapProps) {
  const { t } = useT();
  const config = useQuery(clientConfigQueryOptions);
  const [tiles, setTiles] = useState({ loaded: false, failed: false });
  if (config.isPending) return <Skeleton height={height} radius="md" />;
  const tileUrl = config.data?.mapTiles.url ?? null;
  const unreachable = tileUrl !== null && tiles.failed && !tiles.loaded;
  const note = !tileUrl ? t.partnerMap.noTiles : unreachable ? t.partnerMap.tilesFailed : null;

  return (
    <Stack gap={4}>
      <Box role="region" aria-label={label} data-testid={testId}>
        <MapContainer
          center={center}
          zoom={zoom}
          minZoom={4}
          // Clustering needs a maximum, and without tiles no layer would give one.
          maxZoom={19}
          maxBounds={panLimit}
          maxBoundsViscosity={0.8}
          style={{ height, width: '100%', borderRadius: 'var(--mantine-radius-md)' }}
        >
          {(!tileUrl || unreachable) && <PlainBackground />}
          {tileUrl && (
            <TileLayer
              url={tileUrl}
              attribution={config.data?.mapTiles.attribution ?? ''}
              eventHandlers={{
                tileload: () => setTiles((state) => (state.loaded ? state : { ...state, loaded: true })),
                tileerror: () => setTiles((state) => (state.failed ? state : { ...state, failed: true })),
              }}
            />
          )}
          {children}
        </MapContainer>
      </Box>
      {note && (
        <Text size="xs" c="dimmed" data-testid="map-tiles-note">
          {note}
        </Text>
      )}
    </Stack>
  );
}
