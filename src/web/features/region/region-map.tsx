import { useEffect, useMemo } from 'react';
import { Stack, Text, useMantineTheme } from '@mantine/core';
import L from 'leaflet';
import { Marker, Tooltip, useMap } from 'react-leaflet';
import type { RegionMap as RegionMapData } from '../../../shared/contracts/reports';
import type { PartnerMapPoint } from '../../../shared/contracts/partner-map';
import { fill } from '../../../shared/i18n/catalog';
import { formatNumber } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { BaseMap } from '../partner-map/base-map';
import { useCategoryColour } from '../partner-map/category-colours';
import { dotIcon } from '../partner-map/dot-icon';
import { PartnerMarkers } from '../partner-map/partner-markers';
import { indonesiaCentre } from '../partner-map/province-capitals';

const partnerCap = 5_000;

/** Fits the institutions when no partner point does (the partner layer fits its own points). */
function FitInstitutions({ points }: { points: [number, number][] }) {
  const map = useMap();
  useEffect(() => {
    if (points.length > 0)
      map.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 12, animate: false });
  }, [map, points]);
  return null;
}

/** The region's institutions (large dots, named) over their partners (the partner map's small dots). */
export function RegionMap({ data }: { data: RegionMapData }) {
  const { t, locale } = useT();
  const theme = useMantineTheme();
  const colourOf = useCategoryColour();
  const points = useMemo<PartnerMapPoint[]>(
    () => data.partners.map((partner) => ({ ...partner, stage: null })),
    [data.partners],
  );
  const institutionPoints = useMemo<[number, number][]>(
    () => data.institutions.map((institution) => [institution.latitude, institution.longitude]),
    [data.institutions],
  );
  return (
    <Stack gap={4}>
      <BaseMap label={t.regionUi.map} height={420} center={indonesiaCentre} zoom={5} testId="region-map">
        {points.length === 0 && <FitInstitutions points={institutionPoints} />}
        <PartnerMarkers points={points} colourOf={colourOf} onSelect={() => undefined} />
        {data.institutions.map((institution) => (
          <Marker
            key={institution.id}
            position={[institution.latitude, institution.longitude]}
            icon={dotIcon(theme.colors.dark[6], 'jalin-partner-marker jalin-institution-marker', 30)}
            title={institution.name}
            zIndexOffset={1000}
          >
            <Tooltip direction="top" offset={[0, -14]} permanent>
              {institution.name}
            </Tooltip>
          </Marker>
        ))}
      </BaseMap>
      <Text size="xs" c="dimmed">
        {t.regionUi.mapHint}
        {data.truncated
          ? ` ${fill(t.regionUi.mapTruncated, { count: formatNumber(partnerCap, locale) })}`
          : ''}
      </Text>
    </Stack>
  );
}
