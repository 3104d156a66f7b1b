import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Partner } from '../../../shared/contracts/partners';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { useCanPartners } from './partner-access';
import { activeUsersQueryOptions } from './partner-api';
import { CategoryBadge, TagList } from './partner-table';
import { useRegionPath } from './region-name';

function Item({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  const { t } = useT();
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <Stack gap={2} style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t.partnerProfile.none}
        </Text>
      ) : typeof children === 'string' ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {children}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

function ItemBadges({ items }: { items: string[] }) {
  return (
    <Group gap={4}>
      {items.map((item) => (
        <Badge key={item} variant="light" tt="none">
          {item}
        </Badge>
      ))}
    </Group>
  );
}

function FacilitatorName({ userId }: { userId: string }) {
  const me = useMe();
  const canRead = useCanPartners('users.read');
  const users = useQuery({ ...activeUsersQueryOptions(me.institution.id), enabled: canRead });
  return <Text size="sm">{users.data?.items.find((user) => user.id === userId)?.name ?? userId}</Text>;
}

function identifierLines(partner: Partner): string {
  const ids = partner.identifiers;
  return [
    ids.nib && `NIB ${ids.nib}`,
    ids.npwp && `NPWP ${ids.npwp}`,
    ids.kbliCode && `KBLI ${ids.kbliCode}${ids.kbliVersion ? ` (${ids.kbliVersion})` : ''}`,
    ids.cooperativeLegalNumber,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Everything the registry knows about a partner, grouped like the form. */
export function PartnerProfile({ partner, categoryLabel }: { partner: Partner; categoryLabel: string }) {
  const { t } = useT();
  const tp = t.partnerProfile;
  const region = partner.region;
  const regionPath = useRegionPath(region.villageCode ?? region.districtCode ?? region.regencyCode);
  const links = [partner.website, ...partner.socialLinks].filter((link): link is string => Boolean(link));
  const location = partner.location;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="partner-profile-title">
      <Title order={2} size="h4" mb="sm" id="partner-profile-title">
        {tp.profile}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md">
        <Item label={tp.category}>
          <CategoryBadge code={partner.category} label={categoryLabel} />
        </Item>
        <Item label={tp.size}>{partner.size ? t.partnerVocab.sizes[partner.size] : null}</Item>
        <Item label={tp.sector}>{partner.sector}</Item>
        <Item label={tp.scope}>{t.partnerVocab.scopes[partner.scope]}</Item>
        <Item label={tp.region}>{regionPath}</Item>
        <Item label={tp.address}>{partner.address}</Item>
        <Item label={tp.coordinates}>
          {location && (
            <Anchor
              size="sm"
              href={`https://www.openstreetmap.org/?mlat=${location.lat}&mlon=${location.lng}#map=16/${location.lat}/${location.lng}`}
              target="_blank"
              rel="noopener noreferrer"
            >
              {location.lat}, {location.lng}
            </Anchor>
          )}
        </Item>
        <Item label={tp.identifiers}>{identifierLines(partner)}</Item>
        <Item label={tp.facilitator}>
          {partner.facilitatorUserId && <FacilitatorName userId={partner.facilitatorUserId} />}
        </Item>
        <Item label={tp.needs}>
          {partner.needs.length > 0 && (
            <ItemBadges items={partner.needs.map((item) => t.partnerVocab.exchange[item])} />
          )}
        </Item>
        <Item label={tp.offers}>
          {partner.offers.length > 0 && (
            <ItemBadges items={partner.offers.map((item) => t.partnerVocab.exchange[item])} />
          )}
        </Item>
        <Item label={tp.tags}>{partner.tags.length > 0 && <TagList tags={partner.tags} />}</Item>
        <Item label={tp.links}>
          {links.length > 0 && (
            <Stack gap={2}>
              {links.map((link) => (
                <Anchor
                  key={link}
                  href={link}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="sm"
                  style={{ wordBreak: 'break-all' }}
                >
                  {link}
                </Anchor>
              ))}
            </Stack>
          )}
        </Item>
        <Item label={tp.source}>{partner.source}</Item>
        <Item label={tp.description} wide>
          {partner.description}
        </Item>
        <Item label={tp.characteristics} wide>
          {partner.characteristics}
        </Item>
      </SimpleGrid>
    </Paper>
  );
}
