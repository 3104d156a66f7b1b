import { lazy, Suspense, useState } from 'react';
import { Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { localDateOf } from '../../../shared/domain/local-date';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import type { DashboardSearch } from '../reports/dashboard-period';
import { regionMapQueryOptions, regionReportQueryOptions } from './region-api';
import { RegionPeriodSelect } from './region-period-select';
import { RegionSelect } from './region-select';
import { RegionTable } from './region-table';
import { RegionTotals } from './region-totals';
import { useSwitchViewing } from './use-switch-viewing';

// Leaflet is a chunk of its own: the table and totals come first.
const RegionMap = lazy(() => import('./region-map').then((module) => ({ default: module.RegionMap })));

/** Wilayah: the district roll-up for a supervisor; each institution opens read-only. */
export function RegionPage() {
  const { t } = useT();
  const tr = t.regionUi;
  const me = useMe();
  const codes = me.supervisedRegionCodes;
  const [code, setCode] = useState(codes[0] ?? '');
  const [period, setPeriod] = useState<DashboardSearch>({});
  const switchViewing = useSwitchViewing();
  const today = localDateOf(new Date(), me.institution.timeZone);
  const todayParts = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
  const report = useQuery({ ...regionReportQueryOptions(code, period), enabled: code !== '' });
  const map = useQuery({ ...regionMapQueryOptions(code), enabled: code !== '' });

  return (
    <>
      <PageHeader title={tr.heading} description={tr.intro} />
      {codes.length === 0 ? (
        <EmptyPanel title={tr.heading} description={tr.noRegions} testId="region-no-codes" />
      ) : (
        <Stack gap="lg">
          <Group gap="md" align="flex-end">
            <RegionSelect codes={codes} value={code} onChange={setCode} />
            <RegionPeriodSelect value={period} today={todayParts} onChange={setPeriod} />
          </Group>
          {report.isError && <ErrorAlert error={report.error} />}
          {report.isPending && <Skeleton height={240} radius="md" />}
          {report.data && report.data.institutions.length === 0 && (
            <EmptyPanel title={report.data.region.name} description={tr.empty} testId="region-empty" />
          )}
          {report.data && report.data.institutions.length > 0 && (
            <>
              <RegionTotals totals={report.data.totals} />
              <RegionTable
                institutions={report.data.institutions}
                onView={(institution) => void switchViewing({ id: institution.id, name: institution.name })}
              />
            </>
          )}
          {map.data && report.data && report.data.institutions.length > 0 && (
            <Paper withBorder p="md" radius="md" data-testid="region-map-card">
              <Title order={2} size="h4" mb="sm">
                {tr.map}
              </Title>
              {map.data.institutions.length === 0 ? (
                <EmptyPanel title={tr.map} description={tr.noPoints} testId="region-map-empty" />
              ) : (
                <Suspense fallback={<Skeleton height={420} radius="md" />}>
                  <RegionMap data={map.data} />
                </Suspense>
              )}
            </Paper>
          )}
        </Stack>
      )}
    </>
  );
}
