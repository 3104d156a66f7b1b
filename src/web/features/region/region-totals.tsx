import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { RegionReport } from '../../../shared/contracts/reports';
import { formatNumber } from '../../lib/format';
import { useT } from '../../lib/i18n';

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  const { locale } = useT();
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2}>
        {formatNumber(value, locale)}
      </Text>
    </Paper>
  );
}

/** The region's sums, the same figures as each row of the table. */
export function RegionTotals({ totals }: { totals: RegionReport['totals'] }) {
  const { t } = useT();
  const tr = t.regionUi;
  return (
    <Stack gap="xs" mb="lg" data-testid="region-totals">
      <Title order={2} size="h4">
        {tr.totals}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        <Figure label={tr.institutions} value={totals.institutions} testId="total-institutions" />
        <Figure label={tr.partners} value={totals.partners} testId="total-partners" />
        <Figure label={tr.activeAgreements} value={totals.activeAgreements} testId="total-active" />
        <Figure label={tr.expiringAgreements} value={totals.expiringAgreements} testId="total-expiring" />
        <Figure label={tr.neglectedPartners} value={totals.neglectedPartners} testId="total-neglected" />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {tr.outcomes}:{' '}
        {totals.outcomes.map((outcome) => `${t.outcomeKinds[outcome.kind]} ${outcome.total}`).join(' · ')}
      </Text>
    </Stack>
  );
}
