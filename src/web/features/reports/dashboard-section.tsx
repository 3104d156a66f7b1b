import { lazy, Suspense } from 'react';
import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime, getZonedYearMonth, toIntlLocale } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { ButtonLink } from '../../ui/router-links';
import { dashboardQueryOptions } from './dashboard-api';
import { DashboardKeyFigures } from './dashboard-key-figures';
import { DashboardPeriodFilter } from './dashboard-period-filter';

const DashboardCharts = lazy(() =>
  import('./dashboard-charts').then((module) => ({ default: module.DashboardCharts })),
);
const homeRoute = getRouteApi('/_app/');

function monthLabel(month: string, locale: 'id' | 'en'): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(toIntlLocale(locale), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

function DashboardEmpty() {
  const { t } = useT();
  const td = t.dashboardUi;
  const canWrite = useCan('partners.write');
  return (
    <Paper withBorder radius="md" p="xl" data-testid="dashboard-empty">
      <Stack gap="sm" align="flex-start" maw={640}>
        <Title order={3} size="h4">
          {td.emptyTitle}
        </Title>
        <Text c="dimmed">{td.emptyBody}</Text>
        {canWrite && (
          <ButtonLink to="/mitra/baru" data-testid="dashboard-empty-action">
            {td.emptyAction}
          </ButtonLink>
        )}
      </Stack>
    </Paper>
  );
}

/** Beranda's dashboard: the period, six key figures and the charts, every number a link to its list. */
export function DashboardSection() {
  const { t, locale } = useT();
  const td = t.dashboardUi;
  const me = useMe();
  const search = homeRoute.useSearch();
  const today = getZonedYearMonth(new Date(), me.institution.timeZone);
  const query = useQuery(dashboardQueryOptions(search));
  const dashboard = query.data;
  return (
    <Box component="section" mb="xl" data-testid="dashboard" aria-labelledby="dashboard-heading">
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <Stack gap={0}>
          <Title order={2} size="h3" id="dashboard-heading">
            {td.heading}
          </Title>
          <Text size="sm" c="dimmed" data-testid="dashboard-meta">
            {dashboard
              ? [
                  fill(td.periodRange, {
                    from: monthLabel(dashboard.period.from, locale),
                    to: monthLabel(dashboard.period.to, locale),
                  }),
                  fill(td.updated, {
                    time: formatDateTime(dashboard.computedAt, locale, me.institution.timeZone),
                  }),
                ].join(' · ')
              : td.intro}
          </Text>
        </Stack>
        <DashboardPeriodFilter search={search} today={today} />
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : dashboard && dashboard.partners.total === 0 ? (
        <DashboardEmpty />
      ) : dashboard ? (
        <>
          <DashboardKeyFigures dashboard={dashboard} />
          <Suspense fallback={<PageLoader />}>
            <DashboardCharts dashboard={dashboard} />
          </Suspense>
        </>
      ) : null}
    </Box>
  );
}
