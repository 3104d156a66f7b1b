import { useEffect, useState } from 'react';
import { Button, Group, Input, Stack, Text, useMantineTheme } from '@mantine/core';
import type { LeafletMouseEvent, Marker as LeafletMarker } from 'leaflet';
import { Marker, useMap, useMapEvent } from 'react-leaflet';
import { useT } from '../../lib/i18n';
import { BaseMap } from './base-map';
import { dotIcon } from './dot-icon';
import { indonesiaCentre, provinceCapitals } from './province-capitals';

interface LocationPickerProps {
  lat: string;
  lng: string;
  provinceCode: string;
  onChange: (lat: string, lng: string) => void;
  /** The institution profile names its own point; the partner's wording by default. */
  label?: string;
  hint?: string;
}

type Point = [number, number];

function toPoint(lat: string, lng: string): Point | null {
  const a = Number(lat.trim().replace(',', '.'));
  const b = Number(lng.trim().replace(',', '.'));
  if (lat.trim() === '' || lng.trim() === '' || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return Math.abs(a) <= 90 && Math.abs(b) <= 180 ? [a, b] : null;
}

/** Six decimals: about 10 cm, more than a phone's GPS or a click can tell. */
function toText(value: number): string {
  return String(Number(value.toFixed(6)));
}

function ClickToPlace({ onPick }: { onPick: (lat: number, lng: number) => void }) {
  useMapEvent('click', (event: LeafletMouseEvent) => {
    onPick(event.latlng.lat, event.latlng.lng);
  });
  return null;
}

/** Keeps the chosen point in view (typed or located), and follows the province while none is chosen. */
function FollowPoint({ point, provinceCode }: { point: Point | null; provinceCode: string }) {
  const map = useMap();
  const lat = point?.[0];
  const lng = point?.[1];
  useEffect(() => {
    if (lat === undefined || lng === undefined) return;
    if (!map.getBounds().pad(-0.1).contains([lat, lng])) map.setView([lat, lng], Math.max(map.getZoom(), 14));
  }, [map, lat, lng]);
  const hasPoint = point !== null;
  useEffect(() => {
    const capital = provinceCapitals[provinceCode];
    if (!hasPoint && capital) map.setView(capital, 9);
  }, [map, provinceCode, hasPoint]);
  return null;
}

/**
 * The partner's point on a small map: a click or tap places it, the marker can be dragged, and
 * the latitude and longitude inputs beside it stay the source of truth. Opens on the partner's
 * point, else on the chosen province's capital, else on the whole country.
 */
export function LocationPicker({ lat, lng, provinceCode, onChange, label, hint }: LocationPickerProps) {
  const { t } = useT();
  const theme = useMantineTheme();
  const point = toPoint(lat, lng);
  const capital = provinceCapitals[provinceCode];
  const [locating, setLocating] = useState(false);
  const [locateFailed, setLocateFailed] = useState(false);
  const canLocate = typeof navigator !== 'undefined' && 'geolocation' in navigator && window.isSecureContext;
  const place = (a: number, b: number) => {
    onChange(toText(a), toText(b));
  };

  const locate = () => {
    setLocating(true);
    setLocateFailed(false);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        place(position.coords.latitude, position.coords.longitude);
      },
      () => {
        setLocating(false);
        setLocateFailed(true);
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <Stack gap={6}>
      <Input.Label component="span">{label ?? t.partnerMap.pickerLabel}</Input.Label>
      <Input.Description>{hint ?? t.partnerMap.pickerHint}</Input.Description>
      <BaseMap
        label={label ?? t.partnerMap.pickerLabel}
        height={280}
        center={point ?? capital ?? indonesiaCentre}
        zoom={point ? 15 : capital ? 9 : 4}
        testId="location-picker"
      >
        <ClickToPlace onPick={place} />
        <FollowPoint point={point} provinceCode={provinceCode} />
        {point && (
          <Marker
            position={point}
            draggable
            title={t.partnerMap.markerTitle}
            icon={dotIcon(theme.colors.red[7], 'jalin-partner-marker jalin-location-marker', 30)}
            eventHandlers={{
              dragend: (event) => {
                const moved = (event.target as LeafletMarker).getLatLng();
                place(moved.lat, moved.lng);
              },
            }}
          />
        )}
      </BaseMap>
      <Group gap="xs">
        {canLocate && (
          <Button variant="default" size="sm" loading={locating} onClick={locate} data-testid="location-mine">
            {t.partnerMap.useMyLocation}
          </Button>
        )}
        <Button
          variant="subtle"
          color="red"
          size="sm"
          disabled={!point}
          onClick={() => {
            onChange('', '');
          }}
          data-testid="location-clear"
        >
          {t.partnerMap.clearLocation}
        </Button>
      </Group>
      {locateFailed && (
        <Text size="xs" c="red" role="alert">
          {t.partnerMap.locateFailed}
        </Text>
      )}
    </Stack>
  );
}
