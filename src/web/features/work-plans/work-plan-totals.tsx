import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { WorkPlan } from '../../../shared/contracts/work-plans';
import { formatRupiah } from '../../lib/format';
import { useT } from '../../lib/i18n';

export function WorkPlanTotals({ totals }: { totals: WorkPlan['totals'] }) {
  const { t, locale } = useT();
  const tu = t.workPlansUi;
  const cells = [
    { label: tu.totalBudget, value: totals.budgetRupiah, testId: 'total-budget' },
    { label: tu.totalInstitution, value: totals.contributions.institution, testId: 'total-institution' },
    { label: tu.totalPartner, value: totals.contributions.partner, testId: 'total-partner' },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" data-testid="work-plan-totals">
      {cells.map((cell) => (
        <Paper key={cell.testId} withBorder radius="sm" p="xs" bg="gray.0">
          <Text size="xs" c="dimmed">
            {cell.label}
          </Text>
          <Text fw={700} data-testid={cell.testId}>
            {formatRupiah(cell.value, locale, { withSen: true })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
