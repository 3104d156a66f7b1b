import { useEffect, useState } from 'react';
import {
  Button,
  Collapse,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { PartnerSearch } from '../../app/search-params';
import { partnershipStages } from '../../../shared/domain/partnership-stages';
import { healthBands } from '../../../shared/domain/health-score';
import { useT } from '../../lib/i18n';
import { usePatternNames } from '../partnership-patterns/partnership-patterns-api';
import { useCategoryOptions, useExchangeOptions, useSizeOptions } from './partner-labels';
import { deepestCode, regionFromCode, RegionInput } from './region-input';

interface PartnerFiltersProps {
  search: PartnerSearch;
  onChange: (next: PartnerSearch) => void;
}

function orUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function SearchBox({
  value,
  onSearch,
}: {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const { t } = useT();
  const [text, setText] = useState(value ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 350);
  const tooShort = debounced.length > 0 && debounced.length < 3;
  useEffect(() => {
    const next = debounced.length >= 3 ? debounced : undefined;
    if (next !== value && !(debounced.length > 0 && debounced.length < 3)) onSearch(next);
  }, [debounced, value, onSearch]);
  return (
    <TextInput
      type="search"
      label={t.partners.search}
      placeholder={t.partners.searchPlaceholder}
      description={tooShort ? t.partners.searchHint : undefined}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
      }}
      data-testid="partner-search"
      size="md"
    />
  );
}

/** Search and filters; every change goes to the URL at once so the view can be shared. */
export function PartnerFilters({ search, onChange }: PartnerFiltersProps) {
  const { t } = useT();
  const { q: _q, category: _category, ...secondary } = search;
  const secondaryCount = Object.values(secondary).filter((value) => value !== undefined).length;
  const [open, setOpen] = useState(secondaryCount > 0);
  const categories = useCategoryOptions().options;
  const sizes = useSizeOptions();
  const exchange = useExchangeOptions();
  const patterns = usePatternNames();
  const [tag, setTag] = useState(search.tag ?? '');
  const set = (patch: Partial<PartnerSearch>) => {
    onChange({ ...search, ...patch });
  };
  const hasFilters = secondaryCount > 0 || search.category !== undefined;
  const any = { value: '', label: t.partners.any };

  return (
    <Paper withBorder p="md" radius="md" mb="md" component="section" aria-label={t.partners.filters}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <SearchBox value={search.q} onSearch={(q) => set({ q })} />
          <NativeSelect
            size="md"
            label={t.partners.category}
            value={search.category ?? ''}
            data={[any, ...categories]}
            onChange={(event) => set({ category: orUndefined(event.currentTarget.value) })}
            data-testid="partner-filter-category"
          />
        </SimpleGrid>
        <Collapse expanded={open}>
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
                data={[
                  any,
                  ...patterns.options.flatMap((option) => ('items' in option ? option.items : [option])),
                ]}
                onChange={(event) => set({ pattern: orUndefined(event.currentTarget.value) })}
                data-testid="partner-filter-pattern"
              />
              <NativeSelect
                label={t.partnerHealth.filter}
                value={search.health ?? ''}
                data={[
                  any,
                  ...healthBands.map((band) => ({ value: band, label: t.partnerHealth.bands[band] })),
                ]}
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
        </Collapse>
        <Group justify="flex-end" gap="xs">
          <Button
            variant="subtle"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            data-testid="partner-more-filters"
          >
            {secondaryCount > 0 ? `${t.partners.moreFilters} (${secondaryCount})` : t.partners.moreFilters}
          </Button>
          {hasFilters && (
            <Button
              variant="default"
              onClick={() => {
                setTag('');
                onChange({ q: search.q });
              }}
            >
              {t.partners.clearFilters}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
