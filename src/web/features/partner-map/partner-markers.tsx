import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet.markercluster';
import { useMap } from 'react-leaflet';
import type { PartnerMapPoint } from '../../../shared/contracts/partner-map';
import { dotIcon } from './dot-icon';

interface PartnerMarkersProps {
  points: PartnerMapPoint[];
  colourOf: (category: string) => string;
  onSelect: (point: PartnerMapPoint) => void;
}

/**
 * Markers in a cluster group, added in one bulk call: thousands of React-managed layers would
 * each be added one by one. The view fits the points whenever the filtered set changes.
 */
export function PartnerMarkers({ points, colourOf, onSelect }: PartnerMarkersProps) {
  const map = useMap();
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const cluster = L.markerClusterGroup({
      chunkedLoading: true,
      maxClusterRadius: 48,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      disableClusteringAtZoom: 17,
    });
    cluster.addLayers(
      points.map((point) => {
        const marker = L.marker([point.lat, point.lng], {
          icon: dotIcon(colourOf(point.category)),
          title: point.name,
          riseOnHover: true,
        });
        marker.on('add', () => {
          const element = marker.getElement();
          element?.setAttribute('data-testid', 'partner-marker');
          element?.setAttribute('data-partner-id', point.id);
        });
        marker.on('click', () => {
          select.current(point);
        });
        return marker;
      }),
    );
    // Fitting first means the group is drawn once, at the final zoom, instead of being redrawn
    // (markers removed and re-added) by the zoom change while someone may already be tapping one.
    if (points.length > 0) {
      map.fitBounds(L.latLngBounds(points.map((point) => [point.lat, point.lng])), {
        padding: [40, 40],
        maxZoom: 14,
        animate: false,
      });
    }
    map.addLayer(cluster);
    return () => {
      map.removeLayer(cluster);
    };
  }, [map, points, colourOf]);

  return null;
}
