import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { WorkPlan } from '../../../shared/contracts/work-plans';
import { useT } from '../../lib/i18n';

/** What the agreement's Hak dan Kewajiban article will say, drawn from the plan (read before drafting). */
export function WorkPlanDuties({ duties }: { duties: WorkPlan['rightsAndObligations'] }) {
  const { t } = useT();
  const tu = t.workPlansUi;
  const sides = [
    { key: 'institution' as const, label: tu.institutionSide },
    { key: 'partner' as const, label: tu.partnerSide },
  ];
  const listOf = (lines: string[]) =>
    lines.length === 0 ? (
      <Text size="sm" c="dimmed">
        {tu.none}
      </Text>
    ) : (
      <List size="sm" spacing={4}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    );
  return (
    <Stack gap="xs" data-testid="work-plan-duties">
      <div>
        <Title order={3} size="h5">
          {tu.duties}
        </Title>
        <Text size="xs" c="dimmed">
          {tu.dutiesHint}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {sides.map((side) => (
          <Stack key={side.key} gap={4}>
            <Text fw={600} size="sm">
              {side.label}
            </Text>
            <Text size="xs" fw={600} c="dimmed">
              {tu.rights}
            </Text>
            {listOf(duties[side.key].rights)}
            <Text size="xs" fw={600} c="dimmed">
              {tu.obligations}
            </Text>
            {listOf(duties[side.key].obligations)}
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
