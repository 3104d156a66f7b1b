import { lazy, Suspense, useEffect, useState } from 'react';
import {
  Button,
  Collapse,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { PartnerSearch } from '../../app/search-params';
import { useT, withFullCatalog } from '../../lib/i18n';
import { orUndefined } from '../../lib/or-undefined';
import { useCategoryOptions } from './partner-labels';

interface PartnerFiltersProps {
  search: PartnerSearch;
  onChange: (next: PartnerSearch) => void;
}

// Its inputs and words load when first opened, beside the rest of the catalog.
const loadMoreFilters = withFullCatalog(() => import('./partner-more-filters'));
const PartnerMoreFilters = lazy(() =>
  loadMoreFilters().then((module) => ({ default: module.PartnerMoreFilters })),
);

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
  const [everOpened, setEverOpened] = useState(open);
  const categories = useCategoryOptions().options;
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
          {(open || everOpened) && (
            <Suspense fallback={<Loader size="sm" />}>
              <PartnerMoreFilters search={search} set={set} />
            </Suspense>
          )}
        </Collapse>
        <Group justify="flex-end" gap="xs">
          <Button
            variant="subtle"
            onClick={() => {
              setOpen((value) => !value);
              setEverOpened(true);
            }}
            onPointerEnter={() => void loadMoreFilters().catch(() => undefined)}
            onFocus={() => void loadMoreFilters().catch(() => undefined)}
            aria-expanded={open}
            data-testid="partner-more-filters"
          >
            {secondaryCount > 0 ? `${t.partners.moreFilters} (${secondaryCount})` : t.partners.moreFilters}
          </Button>
          {hasFilters && (
            <Button
              variant="default"
              onClick={() => {
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
