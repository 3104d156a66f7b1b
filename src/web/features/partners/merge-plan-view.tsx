import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Partner } from '../../../shared/contracts/partners';
import type { MergeFillField, PartnerMergePlan } from '../../../shared/domain/partner-merge-plan';
import { fill, type Catalog } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { CategoryBadge, TagList } from './partner-table';
import { useCategoryOptions } from './partner-labels';
import { RegionName, useRegionPath } from './region-name';

/** One side of the merge: which partner, and whether it stays or goes. */
export function MergeSide({ partner, kept }: { partner: Partner; kept: boolean }) {
  const { t } = useT();
  const tm = t.partnerMerge;
  const { labelOf } = useCategoryOptions();
  const region = partner.region;
  const regionPath = useRegionPath(region.villageCode ?? region.districtCode ?? region.regencyCode);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg={kept ? 'teal.0' : 'gray.0'}
      data-testid={kept ? 'merge-kept' : 'merge-duplicate'}
    >
      <Stack gap={6}>
        <Badge color={kept ? 'teal' : 'red'} variant="filled" tt="none">
          {kept ? tm.keptTitle : tm.duplicateTitle}
        </Badge>
        <Title order={3} size="h4">
          {partner.name}
        </Title>
        <CategoryBadge code={partner.category} label={labelOf(partner.category)} />
        <Text size="sm">{regionPath}</Text>
        {partner.address && (
          <Text size="sm" c="dimmed">
            {partner.address}
          </Text>
        )}
        <Text size="sm" fw={600}>
          {fill(tm.contactsCount, { count: partner.contacts.length })}
        </Text>
        {partner.contacts.length > 0 && (
          <Text size="xs" c="dimmed">
            {partner.contacts.map((contact) => contact.name).join(', ')}
          </Text>
        )}
        <TagList tags={partner.tags} />
      </Stack>
    </Paper>
  );
}

function fillValue(field: MergeFillField, partner: Partner, t: Catalog): string | null {
  switch (field) {
    case 'size':
      return partner.size ? t.partnerVocab.sizes[partner.size] : null;
    case 'region':
    case 'facilitator':
      return null;
    case 'location':
      return partner.location ? `${partner.location.lat}, ${partner.location.lng}` : null;
    case 'socialLinks':
      return partner.socialLinks.join(', ');
    case 'nib':
    case 'npwp':
    case 'kbliCode':
    case 'kbliVersion':
    case 'cooperativeLegalNumber':
      return partner.identifiers[field];
    default:
      return partner[field];
  }
}

/** In words: what moves, what is added, what is filled, and what is deleted. */
export function MergePlanView({
  plan,
  kept,
  duplicate,
}: {
  plan: PartnerMergePlan;
  kept: Partner;
  duplicate: Partner;
}) {
  const { t } = useT();
  const tm = t.partnerMerge;
  const names = { kept: kept.name, duplicate: duplicate.name };
  const exchange = (items: Partner['needs']) => items.map((item) => t.partnerVocab.exchange[item]).join(', ');
  const region = duplicate.region;
  return (
    <Stack gap="xs" data-testid="merge-plan">
      <Title order={3} size="h5">
        {tm.whatHappens}
      </Title>
      <List spacing={6} size="sm">
        <List.Item data-testid="merge-plan-contacts">
          {plan.movedContacts > 0
            ? fill(tm.movesContacts, { ...names, count: plan.movedContacts })
            : fill(tm.noContacts, names)}
        </List.Item>
        {plan.addedTags.length > 0 && (
          <List.Item>{fill(tm.addsTags, { items: plan.addedTags.join(', ') })}</List.Item>
        )}
        {plan.addedNeeds.length > 0 && (
          <List.Item>{fill(tm.addsNeeds, { items: exchange(plan.addedNeeds) })}</List.Item>
        )}
        {plan.addedOffers.length > 0 && (
          <List.Item>{fill(tm.addsOffers, { items: exchange(plan.addedOffers) })}</List.Item>
        )}
        <List.Item data-testid="merge-plan-fills">
          {plan.fill.length === 0 ? (
            fill(tm.fillsNone, names)
          ) : (
            <>
              {fill(tm.fills, names)}
              <List withPadding size="sm" spacing={2} mt={4}>
                {plan.fill.map((field) => {
                  const value = fillValue(field, duplicate, t);
                  return (
                    <List.Item key={field}>
                      <Text span size="sm" fw={600}>
                        {tm.fields[field]}
                      </Text>
                      {field === 'region' && (
                        <Text span size="sm">
                          {': '}
                          <RegionName
                            code={region.villageCode ?? region.districtCode ?? region.regencyCode}
                          />
                        </Text>
                      )}
                      {value && (
                        <Text span size="sm" style={{ wordBreak: 'break-word' }}>
                          {`: ${value.length > 140 ? `${value.slice(0, 140)}…` : value}`}
                        </Text>
                      )}
                    </List.Item>
                  );
                })}
              </List>
            </>
          )}
        </List.Item>
        <List.Item>{fill(tm.keepsFilled, names)}</List.Item>
        <List.Item>
          <Text span size="sm" c="red.8" fw={600}>
            {fill(tm.removesDuplicate, names)}
          </Text>
        </List.Item>
      </List>
    </Stack>
  );
}
