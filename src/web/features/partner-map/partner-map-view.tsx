import { useCallback, useRef, useState } from 'react';
import { Alert, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Popup as LeafletPopup } from 'leaflet';
import { Popup } from 'react-leaflet';
import type { PartnerMapPoint } from '../../../shared/contracts/partner-map';
import { fill } from '../../../shared/i18n/catalog';
import type { PartnerSearch } from '../../app/search-params';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useCategoryOptions } from '../partners/partner-labels';
import { BaseMap } from './base-map';
import { useCategoryColour } from './category-colours';
import { MapLegend } from './map-legend';
import { PartnerMapCard } from './partner-map-card';
import { partnerMapQueryOptions } from './partner-map-api';
import { PartnerMarkers } from './partner-markers';
import { indonesiaCentre } from './province-capitals';

/** Which point's card is open; `opened` counts clicks so the same marker can reopen a closed card. */
interface Selection {
  point: PartnerMapPoint;
  opened: number;
}

/** The registry's filtered set on a map (lazy chunk: Leaflet loads only when the map is asked for). */
export function PartnerMapView({ search }: { search: PartnerSearch }) {
  const { t, locale } = useT();
  const map = useQuery(partnerMapQueryOptions(search));
  const colourOf = useCategoryColour();
  const { labelOf } = useCategoryOptions();
  const [selection, setSelection] = useState<Selection | null>(null);
  const popup = useRef<LeafletPopup>(null);
  const relayout = useCallback(() => {
    popup.current?.update();
  }, []);

  if (map.isPending) return <Skeleton height={420} radius="md" />;
  if (map.isError) return <ErrorAlert error={map.error} />;
  const { points, capped } = map.data;
  if (points.length === 0) {
    return (
      <Alert color="gray" data-testid="partner-map-empty">
        {t.partnerMap.noneLocated}
      </Alert>
    );
  }
  // A card stays open only while its partner is still in the filtered set.
  const open = selection && points.some((point) => point.id === selection.point.id) ? selection : null;
  const count = points.length.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB');

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" data-testid="partner-map-total">
        {fill(t.partnerMap.count, { count })}
      </Text>
      {capped && (
        <Alert color="orange" data-testid="partner-map-capped">
          {t.partnerMap.capped}
        </Alert>
      )}
      <BaseMap
        label={t.partnerMap.mapLabel}
        height="max(360px, 62vh)"
        center={indonesiaCentre}
        zoom={5}
        testId="partner-map"
      >
        <PartnerMarkers
          points={points}
          colourOf={colourOf}
          onSelect={(point) => {
            setSelection((current) => ({ point, opened: (current?.opened ?? 0) + 1 }));
          }}
        />
        {open && (
          <Popup
            key={open.opened}
            ref={popup}
            position={[open.point.lat, open.point.lng]}
            offset={[0, -8]}
            minWidth={220}
            maxWidth={300}
          >
            <PartnerMapCard
              point={open.point}
              categoryLabel={labelOf(open.point.category)}
              onLayout={relayout}
            />
          </Popup>
        )}
      </BaseMap>
      <MapLegend
        colourOf={colourOf}
        withCustom={points.some((point) => point.category.startsWith('custom:'))}
      />
    </Stack>
  );
}
