import { Paper, Stack, Text, Title } from '@mantine/core';
import { useCan } from '../../lib/me-query';
import { useT } from '../../lib/i18n';
import { PageHeader } from '../../ui/page-header';
import { AnchorLink } from '../../ui/router-links';
import { AnnualReportCard } from './annual-report-card';

/** Laporan: the annual partnership report, and where the app's other reports live. */
export function ReportsPage() {
  const { t } = useT();
  const texts = t.annualReportUi;
  const supervises = useCan('reports.region');
  return (
    <>
      <PageHeader title={t.nav.reports} />
      <Stack gap="lg">
        <AnnualReportCard />
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="other-reports">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {texts.otherReports}
            </Title>
            <Stack gap={2}>
              <AnchorLink to="/" fw={600}>
                {texts.dashboardLink}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {texts.dashboardHint}
              </Text>
            </Stack>
            <Stack gap={2}>
              <AnchorLink to="/kemitraan" fw={600}>
                {texts.partnershipsLink}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {texts.partnershipsHint}
              </Text>
            </Stack>
            {supervises && (
              <Stack gap={2}>
                <AnchorLink to="/wilayah" fw={600}>
                  {texts.regionLink}
                </AnchorLink>
                <Text size="sm" c="dimmed">
                  {texts.regionHint}
                </Text>
              </Stack>
            )}
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
