import '@mantine/charts/styles.css';
import { SimpleGrid, Stack } from '@mantine/core';
import type { Dashboard } from '../../../shared/contracts/reports';
import { ActivitiesChart, FeedbackChart, OutcomesChart } from './dashboard-period-charts';
import {
  PartnersByCategory,
  PartnersByHealth,
  PartnersByPattern,
  PartnersByRegion,
  PartnersByStage,
} from './dashboard-partner-charts';
import { AgreementsChart, PipelineFunnel } from './dashboard-pipeline-charts';

const grid = { base: 1, sm: 2, lg: 3 } as const;

/** The charts: a lazy chunk (recharts is heavy), so Beranda paints its agenda and figures first. */
export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  return (
    <Stack gap="md" data-testid="dashboard-charts">
      <SimpleGrid cols={grid} spacing="md">
        <PartnersByCategory partners={dashboard.partners} />
        <PartnersByStage partners={dashboard.partners} />
        <PartnersByPattern partners={dashboard.partners} />
        <PartnersByRegion partners={dashboard.partners} />
        <PartnersByHealth partners={dashboard.partners} />
        <AgreementsChart agreements={dashboard.agreements} />
      </SimpleGrid>
      <PipelineFunnel funnel={dashboard.funnel} />
      <SimpleGrid cols={grid} spacing="md">
        <ActivitiesChart dashboard={dashboard} />
        <OutcomesChart dashboard={dashboard} />
        <FeedbackChart dashboard={dashboard} />
      </SimpleGrid>
    </Stack>
  );
}
