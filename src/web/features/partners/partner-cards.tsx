import { Card, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/i18n';
import { AnchorLink } from '../../ui/router-links';
import { CategoryBadge, PrimaryContact, StageBadge, TagList, type PartnerListProps } from './partner-table';
import { RegionName } from './region-name';

/** Phone view of the registry: one card per partner, large tap targets, no hover-only controls. */
export function PartnerCards({ partners, categoryLabel }: PartnerListProps) {
  const { t } = useT();
  return (
    <Stack gap="sm" data-testid="partner-cards">
      {partners.map((partner) => (
        <Card
          key={partner.id}
          withBorder
          radius="md"
          padding="md"
          data-testid="partner-row"
          data-partner-id={partner.id}
        >
          <Stack gap={6}>
            <AnchorLink to="/mitra/$partnerId" params={{ partnerId: partner.id }} fw={700} size="md">
              {partner.name}
            </AnchorLink>
            <Group gap={6}>
              <CategoryBadge code={partner.category} label={categoryLabel(partner.category)} />
              <StageBadge stage={partner.stage} />
              {partner.size && (
                <Text size="xs" c="dimmed">
                  {t.partnerVocab.sizes[partner.size]}
                </Text>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              <RegionName code={partner.regencyCode} />
              {partner.sector ? ` · ${partner.sector}` : ''}
            </Text>
            <PrimaryContact partner={partner} />
            <TagList tags={partner.tags} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
