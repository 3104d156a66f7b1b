import { useEffect, useState } from 'react';
import { Box, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { activityTimelinessValues } from '../../../shared/domain/activity-timeliness';
import { activityStatuses, outcomeKinds } from '../../../shared/domain/activity-vocabulary';
import { useT } from '../../lib/i18n';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { ExportMenu } from '../../ui/export-menu';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { ButtonLink } from '../../ui/router-links';
import type { ActivitiesSearch } from './activities-search';
import { institutionActivitiesQueryOptions } from './institution-activities-api';
import { InstitutionActivityCards, InstitutionActivityTable } from './institution-activity-list';

const routeApi = getRouteApi('/_app/kegiatan');
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Kegiatan: every activity of the institution, filtered in the URL; the dashboard's figures link here. */
export function ActivitiesPage() {
  const { t, locale } = useT();
  const tl = t.activityListUi;
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const [typed, setTyped] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(typed.trim(), 300);
  const setSearch = (patch: Partial<ActivitiesSearch>) =>
    void navigate({ search: (current) => ({ ...current, ...patch }), replace: true });
  useEffect(() => {
    if ((search.q ?? '') !== debounced) setSearch({ q: debounced === '' ? undefined : debounced });
    // Only the settled text goes to the URL; the URL's own changes do not echo back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const reversed = Boolean(search.from && search.to && search.from > search.to);
  const query = useInfiniteQuery({ ...institutionActivitiesQueryOptions(search), enabled: !reversed });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const first = query.data?.pages[0];
  const filtered = Object.values(search).some((value) => value !== undefined);
  const month = (value: string) => (monthPattern.test(value) ? value : undefined);
  const number = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');

  return (
    <>
      <PageHeader
        title={tl.heading}
        description={tl.intro}
        actions={<ExportMenu path="/activities/export" filters={search} permission="partnerships.read" />}
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" data-testid="activity-filters">
          <Select
            label={tl.filterTimeliness}
            placeholder={tl.anyValue}
            clearable
            value={search.timeliness ?? null}
            onChange={(value) =>
              setSearch({ timeliness: activityTimelinessValues.find((item) => item === value) })
            }
            data={activityTimelinessValues.map((value) => ({ value, label: tl.timeliness[value] }))}
            w={{ base: '100%', xs: 180 }}
            data-testid="filter-timeliness"
          />
          <Select
            label={tl.filterOutcome}
            placeholder={tl.anyValue}
            clearable
            value={search.outcomeKind ?? null}
            onChange={(value) => setSearch({ outcomeKind: outcomeKinds.find((item) => item === value) })}
            data={outcomeKinds.map((value) => ({ value, label: t.outcomeKinds[value] }))}
            w={{ base: '100%', xs: 220 }}
            data-testid="filter-outcome"
          />
          <Select
            label={tl.filterStatus}
            placeholder={tl.anyValue}
            clearable
            value={search.status ?? null}
            onChange={(value) => setSearch({ status: activityStatuses.find((item) => item === value) })}
            data={activityStatuses.map((value) => ({ value, label: t.activityStatuses[value] }))}
            w={{ base: '100%', xs: 160 }}
            data-testid="filter-status"
          />
          <TextInput
            type="month"
            label={tl.filterFrom}
            placeholder={tl.monthPlaceholder}
            value={search.from ?? ''}
            onChange={(event) => setSearch({ from: month(event.currentTarget.value) })}
            w={{ base: 'calc(50% - 6px)', xs: 170 }}
            data-testid="filter-from"
          />
          <TextInput
            type="month"
            label={tl.filterTo}
            placeholder={tl.monthPlaceholder}
            value={search.to ?? ''}
            onChange={(event) => setSearch({ to: month(event.currentTarget.value) })}
            error={reversed ? tl.periodReversed : undefined}
            w={{ base: 'calc(50% - 6px)', xs: 170 }}
            data-testid="filter-to"
          />
          <TextInput
            label={tl.search}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            w={{ base: '100%', xs: 260 }}
            data-testid="filter-q"
          />
        </Group>
        {first && items.length > 0 && (
          <Group gap="md" data-testid="activity-summary">
            <Text size="sm" fw={600} data-testid="activity-total">
              {first.totalCapped
                ? tl.totalCapped.replace('{n}', number.format(first.total ?? 0))
                : tl.total.replace('{n}', number.format(first.total ?? items.length))}
            </Text>
            {search.outcomeKind && (
              <Text size="sm" data-testid="activity-outcome-sum">
                {tl.outcomeSum
                  .replace('{kind}', t.outcomeKinds[search.outcomeKind].toLowerCase())
                  .replace('{sum}', number.format(first.actualQuantityTotal))}
              </Text>
            )}
          </Group>
        )}
        {reversed ? null : query.isPending ? (
          <PageLoader />
        ) : query.isError ? (
          <ErrorAlert error={query.error} />
        ) : items.length === 0 ? (
          filtered ? (
            <EmptyPanel
              testId="activities-no-match"
              title={tl.noMatchTitle}
              description={tl.noMatchBody}
              actions={
                <Button
                  variant="light"
                  onClick={() => {
                    setTyped('');
                    void navigate({ search: {}, replace: true });
                  }}
                >
                  {tl.clearFilters}
                </Button>
              }
            />
          ) : (
            <EmptyPanel
              testId="activities-empty"
              title={tl.emptyTitle}
              description={tl.emptyBody}
              actions={<ButtonLink to="/kemitraan">{tl.toPartnerships}</ButtonLink>}
            />
          )
        ) : (
          <>
            <Box visibleFrom="sm">
              <InstitutionActivityTable activities={items} />
            </Box>
            <Box hiddenFrom="sm">
              <InstitutionActivityCards activities={items} />
            </Box>
          </>
        )}
        <LoadMoreButton
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Stack>
    </>
  );
}
