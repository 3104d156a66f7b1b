import { DonutChart, FunnelChart } from '@mantine/charts';
import { Box, Center, SimpleGrid } from '@mantine/core';
import type { Dashboard } from '../../../shared/contracts/reports';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ChartCard, LinkList, useNumber, type LinkedItem } from './dashboard-chart-parts';
import { dashboardLinks } from './dashboard-links';

const funnelShades = ['blue.9', 'blue.8', 'blue.7', 'blue.6', 'blue.5', 'blue.4'];

/** Steps 1–11: how many partnerships reached each, the share kept from the step before, days spent. */
export function PipelineFunnel({ funnel }: { funnel: Dashboard['funnel'] }) {
  const { t, locale } = useT();
  const td = t.dashboardUi;
  const format = useNumber();
  const percent = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { style: 'percent' });
  const items: LinkedItem[] = funnel.map((step, index) => {
    const details = [
      step.conversion === null ? null : fill(td.conversion, { percent: percent.format(step.conversion) }),
      step.averageDaysInStage === null
        ? null
        : fill(td.averageDays, { days: format(step.averageDaysInStage) }),
    ].filter((part): part is string => part !== null);
    return {
      key: step.stage,
      label: `${fill(td.stepNumber, { number: index + 1 })} ${t.partnershipStages[step.stage]}`,
      count: step.reached,
      detail: details.length > 0 ? details.join(' · ') : undefined,
      link: dashboardLinks.reached(step.stage),
    };
  });
  const drawn = funnel.filter((step) => step.reached > 0);
  return (
    <ChartCard title={td.charts.funnel} hint={td.funnelHint} testId="dashboard-funnel">
      {/* One step alone draws a bare triangle: the list says it better. */}
      <SimpleGrid cols={{ base: 1, md: drawn.length > 1 ? 2 : 1 }} spacing="xl">
        {drawn.length > 1 && (
          <Center aria-hidden>
            <FunnelChart
              data={drawn.map((step, index) => ({
                key: step.stage,
                name: t.partnershipStages[step.stage],
                value: step.reached,
                color: funnelShades[Math.min(index, funnelShades.length - 1)] ?? 'blue.6',
              }))}
              withLabels
              labelsPosition="inside"
              labelColor="white"
              valueFormatter={format}
              withTooltip={false}
              size={260}
              funnelChartProps={{ accessibilityLayer: false }}
            />
          </Center>
        )}
        <Box maw={drawn.length > 1 ? undefined : 640}>
          <LinkList items={items} testId="dashboard-reached" />
        </Box>
      </SimpleGrid>
    </ChartCard>
  );
}

export function AgreementsChart({ agreements }: { agreements: Dashboard['agreements'] }) {
  const { t } = useT();
  const format = useNumber();
  const statuses = [
    { key: 'active', color: 'teal' },
    { key: 'expiring', color: 'orange' },
    { key: 'expired', color: 'gray' },
  ] as const;
  const items: LinkedItem[] = statuses.map(({ key, color }) => ({
    key,
    label: t.agreementStatusNames[key],
    count: agreements[key],
    color,
    link: dashboardLinks.agreements(key),
  }));
  const shown = items.filter((item) => item.count > 0);
  return (
    <ChartCard
      title={t.dashboardUi.charts.agreements}
      hint={t.dashboardUi.today}
      testId="dashboard-agreements"
    >
      {shown.length > 0 && (
        <Center aria-hidden>
          <DonutChart
            data={shown.map((item) => ({ name: item.label, value: item.count, color: `${item.color}.6` }))}
            withLabels
            withLabelsLine
            labelsType="value"
            valueFormatter={format}
            size={150}
            thickness={26}
            withTooltip={false}
            pieChartProps={{ accessibilityLayer: false }}
            pieProps={{ rootTabIndex: -1 }}
          />
        </Center>
      )}
      <LinkList items={items} testId="dashboard-agreement" />
    </ChartCard>
  );
}
