import { useState } from 'react';
import { MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { PartnerSearch } from '../../app/search-params';
import { partnershipStages } from '../../../shared/domain/partnership-stages';
import { healthBands } from '../../../shared/domain/health-score';
import { useT } from '../../lib/i18n';
import { usePatternNames } from '../partnership-patterns/partnership-patterns-api';
import { useExchangeOptions, useSizeOptions } from './partner-labels';
import { deepestCode, regionFromCode, RegionInput } from './region-input';
import { orUndefined } from '../../lib/or-undefined';

export interface PartnerMoreFiltersProps {
  search: PartnerSearch;
  set: (patch: Partial<PartnerSearch>) => void;
}

/**
 * The filters behind "Filter lainnya": loaded and drawn only once opened, so the partner list's first
 * load carries neither their inputs nor their words (quality bar S11).
 */
export function PartnerMoreFilters({ search, set }: PartnerMoreFiltersProps) {
  const { t } = useT();
  const sizes = useSizeOptions();
  const exchange = useExchangeOptions();
  const patterns = usePatternNames();
  const [tag, setTag] = useState(search.tag ?? '');
  // The tag being typed follows the URL when it changes there (filters cleared, a link followed).
  const [tagInUrl, setTagInUrl] = useState(search.tag);
  if (search.tag !== tagInUrl) {
    setTagInUrl(search.tag);
    setTag(search.tag ?? '');
  }
  const any = { value: '', label: t.partners.any };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <NativeSelect
          label={t.partners.size}
          value={search.size ?? ''}
          data={[any, ...sizes]}
          onChange={(event) =>
            set({
              size: sizes.find((size) => size.value === event.currentTarget.value)
                ?.value as PartnerSearch['size'],
            })
          }
          data-testid="partner-filter-size"
        />
        <MultiSelect
          label={t.partners.need}
          data={exchange}
          value={search.needs?.split(',') ?? []}
          onChange={(values) => set({ needs: orUndefined(values.join(',')) })}
          clearable
          data-testid="partner-filter-needs"
        />
        <MultiSelect
          label={t.partners.offer}
          data={exchange}
          value={search.offers?.split(',') ?? []}
          onChange={(values) => set({ offers: orUndefined(values.join(',')) })}
          clearable
          data-testid="partner-filter-offers"
        />
        <TextInput
          label={t.partners.tag}
          value={tag}
          onChange={(event) => {
            setTag(event.currentTarget.value);
          }}
          onBlur={() => set({ tag: orUndefined(tag.toLowerCase()) })}
          onKeyDown={(event) => {
            if (event.key === 'Enter') set({ tag: orUndefined(tag.toLowerCase()) });
          }}
          data-testid="partner-filter-tag"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NativeSelect
          label={t.engagementFilters.stage}
          value={search.stage ?? ''}
          data={[
            any,
            ...partnershipStages.map((stage) => ({ value: stage, label: t.partnershipStages[stage] })),
          ]}
          onChange={(event) =>
            set({ stage: partnershipStages.find((stage) => stage === event.currentTarget.value) })
          }
          data-testid="partner-filter-stage"
        />
        <NativeSelect
          label={t.engagementFilters.pattern}
          value={search.pattern ?? ''}
          data={[any, ...patterns.options.flatMap((option) => ('items' in option ? option.items : [option]))]}
          onChange={(event) => set({ pattern: orUndefined(event.currentTarget.value) })}
          data-testid="partner-filter-pattern"
        />
        <NativeSelect
          label={t.partnerHealth.filter}
          value={search.health ?? ''}
          data={[any, ...healthBands.map((band) => ({ value: band, label: t.partnerHealth.bands[band] }))]}
          onChange={(event) =>
            set({ health: healthBands.find((band) => band === event.currentTarget.value) })
          }
          data-testid="partner-filter-health"
        />
      </SimpleGrid>
      <RegionInput
        label={t.partners.region}
        value={regionFromCode(search.regionCode)}
        onChange={(next) => set({ regionCode: orUndefined(deepestCode(next)) })}
      />
    </Stack>
  );
}
