import { Badge, Group, Stack, Text } from '@mantine/core';
import type { PartnerListItem, PartnerSummary } from '../../../shared/contracts/partners';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { AnchorLink } from '../../ui/router-links';
import { TableFrame } from '../../ui/table-frame';
import '../../ui/plain-table.css';
import { ContactLinks } from './contact-links';
import { categoryColor } from './partner-labels';
import { RegionName } from './region-name';

export interface PartnerListProps {
  partners: PartnerListItem[];
  categoryLabel: (code: string) => string;
}

export function CategoryBadge({ code, label }: { code: string; label: string }) {
  return (
    <Badge variant="light" color={categoryColor[code] ?? 'gray'} miw="max-content" tt="none">
      {label}
    </Badge>
  );
}

export function PrimaryContact({ partner }: { partner: PartnerSummary }) {
  const { t } = useT();
  const contact = partner.primaryContact;
  if (!contact) {
    return (
      <Text size="sm" c="dimmed">
        {t.partners.noContact}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm">{contact.name}</Text>
      <ContactLinks
        name={contact.name}
        phone={contact.phone}
        whatsApp={contact.whatsApp}
        email={contact.email}
        withCall
      />
    </Stack>
  );
}

/** The partner's most advanced open partnership stage, named (not only coloured). */
export function StageBadge({ stage }: { stage: PartnerListItem['stage'] }) {
  const { t } = useT();
  if (!stage) return null;
  return (
    <Badge
      variant="outline"
      color="indigo"
      tt="none"
      miw="max-content"
      aria-label={fill(t.engagementFilters.stageBadgeLabel, { stage: t.partnershipStages[stage] })}
      data-testid="partner-stage"
    >
      {t.partnershipStages[stage]}
    </Badge>
  );
}

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge key={tag} size="sm" variant="outline" color="gray" tt="none">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}

/** Desktop view of the registry: name links to the partner page; sticky header; plain elements (plain-table.css). */
export function PartnerTable({ partners, categoryLabel }: PartnerListProps) {
  const { t } = useT();
  return (
    <TableFrame minWidth={900}>
      <table className="jalin-table" data-testid="partner-table">
        <thead>
          <tr>
            <th scope="col">{t.partners.name}</th>
            <th scope="col">{t.partners.category}</th>
            <th scope="col">{t.partners.regency}</th>
            <th scope="col">{t.partners.size}</th>
            <th scope="col">{t.partners.primaryContact}</th>
            <th scope="col">{t.partners.tags}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.id} data-testid="partner-row" data-partner-id={partner.id}>
              <td>
                <AnchorLink to="/mitra/$partnerId" params={{ partnerId: partner.id }} fw={600} size="sm">
                  {partner.name}
                </AnchorLink>
                {partner.sector && (
                  <Text size="xs" c="dimmed">
                    {partner.sector}
                  </Text>
                )}
              </td>
              <td>
                <Stack gap={4} align="flex-start">
                  <CategoryBadge code={partner.category} label={categoryLabel(partner.category)} />
                  <StageBadge stage={partner.stage} />
                </Stack>
              </td>
              <td>
                <Text size="sm">
                  <RegionName code={partner.regencyCode} />
                </Text>
              </td>
              <td>
                <Text size="sm">{partner.size ? t.partnerVocab.sizes[partner.size] : '–'}</Text>
              </td>
              <td>
                <PrimaryContact partner={partner} />
              </td>
              <td>
                <TagList tags={partner.tags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
