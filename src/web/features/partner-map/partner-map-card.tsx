import { useEffect } from 'react';
import { Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { PartnerMapPoint } from '../../../shared/contracts/partner-map';
import { useT } from '../../lib/i18n';
import { ButtonLink } from '../../ui/router-links';
import { ContactLinks } from '../partners/contact-links';
import { partnerQueryOptions } from '../partners/partner-api';
import { CategoryBadge } from '../partners/partner-table';
import { useRegionName } from '../partners/region-name';

interface PartnerMapCardProps {
  point: PartnerMapPoint;
  categoryLabel: string;
  /** Called when the content changed size, so the popup can be resized and kept in view. */
  onLayout: () => void;
}

/**
 * The card a marker opens. Name and category come with the point; region and first contact are
 * read when the card opens, so the map's answer stays small and carries no personal data.
 */
export function PartnerMapCard({ point, categoryLabel, onLayout }: PartnerMapCardProps) {
  const { t } = useT();
  const detail = useQuery(partnerQueryOptions(point.id));
  const region = useRegionName(detail.data?.regencyCode);
  const contact = detail.data?.primaryContact ?? null;
  // Leaflet sized and panned the popup before this content existed; it grows as the details arrive.
  useEffect(() => {
    onLayout();
  }, [onLayout, detail.status, region]);

  return (
    <Stack gap={6} data-testid="partner-map-card" miw={200} className="jalin-map-card">
      <Text fw={700} size="sm" lh={1.3}>
        {point.name}
      </Text>
      <Group gap={6}>
        <CategoryBadge code={point.category} label={categoryLabel} />
      </Group>
      {detail.isPending ? (
        <Loader size="xs" aria-label={t.partnerMap.loadingCard} />
      ) : (
        <>
          {region && (
            <Text size="xs" c="dimmed">
              {region}
            </Text>
          )}
          {contact && (
            <Stack gap={4}>
              <Text size="xs">{contact.name}</Text>
              {contact.phone && contact.whatsApp && (
                <ContactLinks name={contact.name} phone={contact.phone} whatsApp email={null} />
              )}
            </Stack>
          )}
        </>
      )}
      <ButtonLink
        to="/mitra/$partnerId"
        params={{ partnerId: point.id }}
        size="compact-sm"
        variant="light"
        data-testid="partner-map-open"
      >
        {t.partnerMap.openProfile}
      </ButtonLink>
    </Stack>
  );
}
