import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { fill } from '../../../shared/i18n/catalog';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import type { PartnershipMover } from './use-move-partnership';

/** The current stage and each move open from it, with whether its condition holds right now. */
export function StageMoves({
  partnership,
  mover,
  canWrite,
}: {
  partnership: Partnership;
  mover: PartnershipMover;
  canWrite: boolean;
}) {
  const { t, locale } = useT();
  const tu = t.partnershipsUi;
  const me = useMe();
  const refusal = mover.refusals[partnership.id];
  return (
    <Paper withBorder radius="md" p="md" data-testid="stage-moves">
      <Stack gap="sm">
        <div>
          <Text size="sm" c="dimmed">
            {tu.currentStage}
          </Text>
          <Title order={2} size="h3" data-testid="current-stage">
            {t.partnershipStages[partnership.stage]}
          </Title>
          <Text size="xs" c="dimmed">
            {fill(tu.since, {
              date: formatDate(partnership.stageChangedAt, locale, me.institution.timeZone),
            })}
          </Text>
        </div>
        <Text fw={600} size="sm">
          {tu.allowedMoves}
        </Text>
        {partnership.moves.length === 0 && <Text size="sm">{tu.noMoves}</Text>}
        {partnership.moves.map((move) => {
          // The reason is asked when moving, so it is never "unmet" beforehand.
          const asksReason = move.gate === 'reason_given';
          const open = move.gate === null || move.gateMet;
          return (
            <Group
              key={move.to}
              justify="space-between"
              wrap="nowrap"
              gap="xs"
              data-testid={`move-option-${move.to}`}
            >
              <Stack gap={2} style={{ flex: 1 }}>
                <Text size="sm" fw={500}>
                  {t.partnershipStages[move.to]}
                </Text>
                <Group gap={6}>
                  <Badge
                    size="sm"
                    variant="light"
                    color={move.gate === null || asksReason ? 'gray' : move.gateMet ? 'teal' : 'orange'}
                  >
                    {asksReason
                      ? tu.needsReason
                      : move.gate === null
                        ? tu.noGate
                        : move.gateMet
                          ? tu.gateMet
                          : tu.gateUnmet}
                  </Badge>
                  {move.gate && !asksReason && (
                    <Text size="xs" c="dimmed">
                      {t.stageGates[move.gate as keyof typeof t.stageGates]}
                    </Text>
                  )}
                </Group>
              </Stack>
              {canWrite && (
                <Button
                  size="sm"
                  variant={open && !asksReason ? 'filled' : 'default'}
                  onClick={() => mover.move(partnership, move.to)}
                  loading={mover.moving}
                  data-testid={`page-move-to-${move.to}`}
                >
                  {tu.confirmMove}
                </Button>
              )}
            </Group>
          );
        })}
        {refusal && (
          <Alert
            color="orange"
            withCloseButton
            onClose={() => mover.dismiss(partnership.id)}
            data-testid="move-refusal"
          >
            {refusal}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
