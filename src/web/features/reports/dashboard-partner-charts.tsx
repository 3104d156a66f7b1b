import { DonutChart } from '@mantine/charts';
import { Center, Text } from '@mantine/core';
import type { Dashboard } from '../../../shared/contracts/reports';
import { fill } from '../../../shared/i18n/catalog';
import type { HealthBand } from '../../../shared/domain/health-score';
import { partnershipStages } from '../../../shared/domain/partnership-stages';
import { useT } from '../../lib/i18n';
import { usePatternNames } from '../partnership-patterns/partnership-patterns-api';
import { useCategoryOptions } from '../partners/partner-labels';
import { ChartCard, LinkedBars, LinkList, useNumber, type LinkedItem } from './dashboard-chart-parts';
import { dashboardLinks } from './dashboard-links';

const healthColors: Record<HealthBand, string> = { healthy: 'teal', attention: 'yellow', critical: 'red' };
const categoryColors: Record<string, string> = {
  community_group: 'grape',
  community_figure: 'pink',
  business: 'teal',
  cooperative: 'orange',
  government: 'blue',
};

type Partners = Dashboard['partners'];

export function PartnersByCategory({ partners }: { partners: Partners }) {
  const { t } = useT();
  const { labelOf } = useCategoryOptions();
  const items: LinkedItem[] = partners.byCategory.map((slice) => ({
    key: slice.key,
    label: labelOf(slice.key),
    count: slice.count,
    color: categoryColors[slice.key] ?? 'indigo',
    link: dashboardLinks.category(slice.key),
  }));
  return (
    <ChartCard title={t.dashboardUi.charts.byCategory} testId="dashboard-by-category">
      <LinkedBars items={items} testId="dashboard-category" color="indigo" />
    </ChartCard>
  );
}

export function PartnersByStage({ partners }: { partners: Partners }) {
  const { t } = useT();
  const items = partnershipStages.flatMap((stage): LinkedItem[] => {
    const count = partners.byStage.find((slice) => slice.key === stage)?.count ?? 0;
    if (count === 0) return [];
    return [{ key: stage, label: t.partnershipStages[stage], count, link: dashboardLinks.stage(stage) }];
  });
  return (
    <ChartCard title={t.dashboardUi.charts.byStage} testId="dashboard-by-stage">
      <LinkedBars items={items} testId="dashboard-stage" color="blue" />
    </ChartCard>
  );
}

export function PartnersByPattern({ partners }: { partners: Partners }) {
  const { t } = useT();
  const { nameOf } = usePatternNames();
  const items: LinkedItem[] = partners.byPattern.map((slice) => ({
    key: slice.key,
    label: nameOf(slice.key),
    count: slice.count,
    link: dashboardLinks.pattern(slice.key),
  }));
  return (
    <ChartCard title={t.dashboardUi.charts.byPattern} testId="dashboard-by-pattern">
      <LinkedBars items={items} testId="dashboard-pattern" color="cyan" />
    </ChartCard>
  );
}

export function PartnersByRegion({ partners }: { partners: Partners }) {
  const { t } = useT();
  const td = t.dashboardUi;
  const items: LinkedItem[] = partners.byRegion.map((slice) => ({
    key: slice.code,
    label: slice.name ?? fill(td.unknownRegion, { code: slice.code }),
    count: slice.count,
    link: dashboardLinks.region(slice.code),
  }));
  return (
    <ChartCard title={td.charts.byRegion} hint={td.noRegionNote} testId="dashboard-by-region">
      <LinkedBars items={items} testId="dashboard-region" color="violet" />
    </ChartCard>
  );
}

export function PartnersByHealth({ partners }: { partners: Partners }) {
  const { t } = useT();
  const format = useNumber();
  const items: LinkedItem[] = partners.byHealth.map((slice) => ({
    key: slice.key,
    label: t.partnerHealth.bands[slice.key],
    count: slice.count,
    color: healthColors[slice.key],
    link: dashboardLinks.health(slice.key),
  }));
  const shown = items.filter((item) => item.count > 0);
  return (
    <ChartCard title={t.dashboardUi.charts.byHealth} testId="dashboard-by-health">
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.dashboardUi.sliceEmpty}
        </Text>
      ) : (
        <Center>
          <DonutChart
            aria-hidden
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
      <LinkList items={items} testId="dashboard-health" />
    </ChartCard>
  );
}
