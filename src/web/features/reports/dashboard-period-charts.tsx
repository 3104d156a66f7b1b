import { BarChart } from '@mantine/charts';
import { Group, Text } from '@mantine/core';
import { dashboardOutcomeKinds, type Dashboard } from '../../../shared/contracts/reports';
import { fill } from '../../../shared/i18n/catalog';
import type { ActivityTimeliness } from '../../../shared/domain/activity-timeliness';
import { useT } from '../../lib/i18n';
import { ChartCard, LinkedBars, LinkList, useNumber, type LinkedItem } from './dashboard-chart-parts';
import { dashboardLinks } from './dashboard-links';

const timelinessColors: Record<ActivityTimeliness, string> = {
  on_time: 'teal',
  late: 'orange',
  overdue: 'red',
  unplanned: 'gray',
};
const timelinessFields = {
  on_time: 'onTime',
  late: 'late',
  overdue: 'overdue',
  unplanned: 'unplanned',
} as const satisfies Record<ActivityTimeliness, keyof Dashboard['activities']>;
const satisfactionColors = ['red', 'orange', 'yellow', 'lime', 'teal'];

/** Vertical bars with the number on each; the list under them carries the links. */
function ValueBars({ items, label }: { items: LinkedItem[]; label: string }) {
  const format = useNumber();
  if (items.every((item) => item.count === 0)) return null;
  return (
    <BarChart
      aria-hidden
      h={180}
      data={items.map((item) => ({
        name: item.label,
        [label]: item.count,
        color: `${item.color ?? 'blue'}.6`,
      }))}
      dataKey="name"
      series={[{ name: label, color: 'blue.6' }]}
      withBarValueLabel
      valueFormatter={format}
      withTooltip={false}
      withYAxis={false}
      barChartProps={{ accessibilityLayer: false }}
      gridAxis="none"
      maxBarWidth={48}
      xAxisProps={{ tick: false, height: 4 }}
    />
  );
}

export function ActivitiesChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useT();
  const td = t.dashboardUi;
  const keys = Object.keys(timelinessFields) as ActivityTimeliness[];
  const items: LinkedItem[] = keys.map((key) => ({
    key,
    label: td.timeliness[key],
    count: dashboard.activities[timelinessFields[key]],
    color: timelinessColors[key],
    link: dashboardLinks.timeliness(key, dashboard.period),
  }));
  return (
    <ChartCard title={td.charts.activities} hint={td.inPeriod} testId="dashboard-activities">
      <ValueBars items={items} label={td.charts.activities} />
      <LinkList items={items} testId="dashboard-timeliness" />
    </ChartCard>
  );
}

export function OutcomesChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useT();
  const items: LinkedItem[] = dashboardOutcomeKinds.map((kind) => ({
    key: kind,
    label: t.outcomeKinds[kind],
    count: dashboard.outcomes.find((item) => item.kind === kind)?.total ?? 0,
    link: dashboardLinks.outcome(kind, dashboard.period),
  }));
  return (
    <ChartCard
      title={t.dashboardUi.charts.outcomes}
      hint={t.dashboardUi.inPeriod}
      testId="dashboard-outcomes"
    >
      <LinkedBars items={items} testId="dashboard-outcome" color="teal" />
    </ChartCard>
  );
}

export function FeedbackChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useT();
  const td = t.dashboardUi;
  const format = useNumber();
  const feedback = dashboard.feedback;
  const items: LinkedItem[] = [1, 2, 3, 4, 5].map((score) => ({
    key: String(score),
    label: fill(td.scoreOf, { score }),
    count: feedback.bySatisfaction.find((item) => item.score === score)?.count ?? 0,
    color: satisfactionColors[score - 1],
    link: dashboardLinks.satisfaction(score, dashboard.period),
  }));
  return (
    <ChartCard title={td.charts.feedback} hint={td.inPeriod} testId="dashboard-feedback">
      <Group gap="lg" mb="xs" align="baseline">
        <Text size="sm" fw={600} data-testid="dashboard-answered">
          {fill(td.answered, { count: format(feedback.answered) })}
        </Text>
        {feedback.averageSatisfaction !== null && (
          <Text size="sm" c="dimmed">
            {fill(td.average, { value: format(feedback.averageSatisfaction) })}
          </Text>
        )}
      </Group>
      <ValueBars items={items} label={td.charts.feedback} />
      <LinkList items={items} testId="dashboard-satisfaction" />
      <Group justify="space-between" mt="sm" wrap="nowrap" align="baseline" data-testid="dashboard-nps">
        <Text size="sm" fw={600}>
          {td.nps}
        </Text>
        <Text fz="xl" fw={700}>
          {feedback.nps === null ? '—' : format(feedback.nps)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {feedback.nps === null
          ? td.noNps
          : fill(td.npsBreakdown, {
              promoters: format(feedback.promoters),
              passives: format(feedback.passives),
              detractors: format(feedback.detractors),
            })}
      </Text>
    </ChartCard>
  );
}
