import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { Dashboard } from '../../../shared/contracts/reports';
import { useT } from '../../lib/i18n';
import { AnchorLink } from '../../ui/router-links';
import { dashboardLinks, type DashboardLink } from './dashboard-links';

interface FigureProps {
  label: string;
  value: number;
  hint: string;
  link: DashboardLink;
  testId: string;
  tone?: 'warning' | 'danger';
}

function Figure({ label, value, hint, link, testId, tone }: FigureProps) {
  const { locale } = useT();
  const shown = value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB');
  const color =
    value > 0 && tone === 'danger' ? 'red.7' : value > 0 && tone === 'warning' ? 'orange.7' : undefined;
  return (
    <AnchorLink {...link} underline="never" c="inherit" data-testid={testId} style={{ display: 'block' }}>
      <Paper withBorder radius="md" p="md" h="100%">
        <Text size="sm" c="dimmed" lh={1.3} mih={36}>
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.2} c={color} data-testid={`${testId}-value`}>
          {shown}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </Paper>
    </AnchorLink>
  );
}

/** The six figures a manager reads first; each opens its list. */
export function DashboardKeyFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useT();
  const td = t.dashboardUi;
  const outcome = (kind: 'learners_trained' | 'graduates_hired') =>
    dashboard.outcomes.find((item) => item.kind === kind)?.total ?? 0;
  const period = dashboard.period;
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, lg: 6 }}
      spacing="sm"
      mb="lg"
      component="section"
      aria-label={td.figuresLabel}
      data-testid="dashboard-figures"
    >
      <Figure
        testId="figure-partners"
        label={td.figures.partners}
        value={dashboard.partners.total}
        hint={td.today}
        link={dashboardLinks.partners()}
      />
      <Figure
        testId="figure-active-agreements"
        label={td.figures.activeAgreements}
        value={dashboard.agreements.active}
        hint={td.today}
        link={dashboardLinks.agreements('active')}
      />
      <Figure
        testId="figure-expiring"
        label={td.figures.expiring}
        value={dashboard.agreements.expiring}
        hint={td.today}
        link={dashboardLinks.agreements('expiring')}
        tone="warning"
      />
      <Figure
        testId="figure-neglected"
        label={td.figures.neglected}
        value={dashboard.partners.neglected}
        hint={td.today}
        link={dashboardLinks.neglected()}
        tone="danger"
      />
      <Figure
        testId="figure-learners-trained"
        label={td.figures.learnersTrained}
        value={outcome('learners_trained')}
        hint={td.inPeriod}
        link={dashboardLinks.outcome('learners_trained', period)}
      />
      <Figure
        testId="figure-graduates-hired"
        label={td.figures.graduatesHired}
        value={outcome('graduates_hired')}
        hint={td.inPeriod}
        link={dashboardLinks.outcome('graduates_hired', period)}
      />
    </SimpleGrid>
  );
}
