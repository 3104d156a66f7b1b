import { lazy, Suspense } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { PartnerListSearch, PartnerSearch } from '../../app/search-params';
import { fill } from '../../../shared/i18n/catalog';
import { useT, withFullCatalog } from '../../lib/i18n';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { ButtonLink } from '../../ui/router-links';
import { ExportButtons } from './export-buttons';
import { PartnersGate, useCanPartners } from './partner-access';
import { partnerListQueryOptions } from './partner-api';
import { PartnerCards } from './partner-cards';
import { PartnerFilters } from './partner-filters';
import { useCategoryOptions } from './partner-labels';
import { PartnerTable } from './partner-table';

const routeApi = getRouteApi('/_app/mitra');

// Leaflet and its plugins load only when someone opens the map.
const PartnerMapView = lazy(
  withFullCatalog(() =>
    import('../partner-map/partner-map-view').then((module) => ({ default: module.PartnerMapView })),
  ),
);

function ViewSwitch({ view, onChange }: { view: 'list' | 'map'; onChange: (view: 'list' | 'map') => void }) {
  const { t } = useT();
  // Two pressed-or-not buttons: Mantine's SegmentedControl measures the page to place its indicator,
  // a forced layout on the list's first paint (S11 profile).
  return (
    <Group justify="flex-end" mb="sm">
      <Button.Group aria-label={t.partnerMap.viewLabel} data-testid="partner-view">
        {(['list', 'map'] as const).map((option) => (
          <Button
            key={option}
            size="xs"
            variant={view === option ? 'filled' : 'default'}
            aria-pressed={view === option}
            onClick={() => {
              onChange(option);
            }}
          >
            {option === 'list' ? t.partnerMap.viewList : t.partnerMap.viewMap}
          </Button>
        ))}
      </Button.Group>
    </Group>
  );
}

function NewPartnerButton() {
  const { t } = useT();
  return (
    <ButtonLink to="/mitra/baru" size="md" data-testid="partner-new">
      {t.partners.add}
    </ButtonLink>
  );
}

function ImportButton() {
  const { t } = useT();
  return (
    <ButtonLink to="/mitra/impor" variant="default" data-testid="partner-import">
      {t.partners.importOpen}
    </ButtonLink>
  );
}

function PartnerResults({ search, onClear }: { search: PartnerSearch; onClear: () => void }) {
  const { t, locale } = useT();
  const canWrite = useCanPartners('partners.write');
  const desktop = useMediaQuery('(min-width: 62em)', true);
  const { labelOf } = useCategoryOptions();
  const list = useInfiniteQuery(partnerListQueryOptions(search));

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const partners = list.data.pages.flatMap((page) => page.items);
  const first = list.data.pages[0];
  const filtered = Object.values(search).some((value) => value !== undefined);

  if (partners.length === 0) {
    return filtered ? (
      <EmptyPanel
        testId="partners-empty-filtered"
        title={t.partners.emptyFilteredTitle}
        description={t.partners.emptyFilteredBody}
        actions={<Button onClick={onClear}>{t.partners.clearFilters}</Button>}
      />
    ) : (
      <EmptyPanel
        testId="partners-empty"
        title={t.partners.emptyTitle}
        description={canWrite ? t.partners.emptyBody : `${t.partners.emptyBody} ${t.partners.emptyReadOnly}`}
        actions={
          <Group gap="xs">
            <ExportButtons search={search} />
            {canWrite && <ImportButton />}
            {canWrite && <NewPartnerButton />}
          </Group>
        }
      />
    );
  }
  const totalMessage = !first?.totalCapped
    ? t.partners.total
    : search.q
      ? t.partners.searchCapped
      : t.partners.totalCapped;
  const total =
    first?.total != null
      ? fill(totalMessage, { count: first.total.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB') })
      : null;
  return (
    <>
      {total && (
        <Text size="sm" c="dimmed" mb="xs" data-testid="partners-total">
          {total}
        </Text>
      )}
      {desktop ? (
        <PartnerTable partners={partners} categoryLabel={labelOf} />
      ) : (
        <PartnerCards partners={partners} categoryLabel={labelOf} />
      )}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}

/** Mitra: the registry of step 1 (Pemetaan Mitra), searchable and filterable, filters in the URL. */
export function PartnerListPage() {
  const { t } = useT();
  const canWrite = useCanPartners('partners.write');
  const { view, ...search } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const go = (next: PartnerListSearch) => void navigate({ search: next, replace: true });
  const apply = (next: PartnerSearch) => {
    go({ ...next, view });
  };

  return (
    <>
      <PageHeader
        title={t.partners.title}
        description={t.partners.intro}
        actions={
          <Group gap="xs">
            <ExportButtons search={search} />
            {canWrite && <ImportButton />}
            {canWrite && <NewPartnerButton />}
          </Group>
        }
      />
      <PartnersGate>
        <PartnerFilters search={search} onChange={apply} />
        <ViewSwitch
          view={view ?? 'list'}
          onChange={(next) => {
            go({ ...search, view: next === 'map' ? 'map' : undefined });
          }}
        />
        {view === 'map' ? (
          <Suspense fallback={<PageLoader />}>
            <PartnerMapView search={search} />
          </Suspense>
        ) : (
          <PartnerResults search={search} onClear={() => apply({})} />
        )}
      </PartnersGate>
    </>
  );
}
