import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { PartnershipSummary } from '../../../shared/contracts/partnerships';
import { useT } from '../../lib/i18n';
import { AnchorLink } from '../../ui/router-links';
import { usePatternNames } from '../partnership-patterns/partnership-patterns-api';
import { MoveMenu } from './move-menu';
import type { PartnershipMover } from './use-move-partnership';

interface PartnershipCardProps {
  partnership: PartnershipSummary;
  facilitatorName: string | null;
  mover: PartnershipMover;
  canWrite: boolean;
  onDragging?: (partnership: PartnershipSummary | null) => void;
}

/** One partnership on the board; a refused move is explained here and the card stays in its column. */
export function PartnershipCard({
  partnership,
  facilitatorName,
  mover,
  canWrite,
  onDragging,
}: PartnershipCardProps) {
  const { t } = useT();
  const refusal = mover.refusals[partnership.id];
  const patterns = usePatternNames();
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      draggable={canWrite}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', partnership.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragging?.(partnership);
      }}
      onDragEnd={() => onDragging?.(null)}
      style={{ cursor: canWrite ? 'grab' : undefined }}
      data-testid="partnership-card"
      data-stage={partnership.stage}
    >
      <Stack gap={6}>
        <AnchorLink to="/kemitraan/$partnershipId" params={{ partnershipId: partnership.id }} fw={600}>
          {partnership.name}
        </AnchorLink>
        {partnership.programme && (
          <Text size="xs" c="dimmed">
            {partnership.programme}
          </Text>
        )}
        <Text size="sm">{partnership.partners.map((partner) => partner.name).join(', ')}</Text>
        <Group gap={6}>
          <Badge variant="light" color={partnership.pattern ? 'teal' : 'gray'} size="sm">
            {partnership.pattern ? patterns.nameOf(partnership.pattern) : t.partnershipsUi.noPattern}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {facilitatorName ?? t.partnershipsUi.noFacilitator}
        </Text>
        {refusal && (
          <Alert
            color="orange"
            p="xs"
            withCloseButton
            closeButtonLabel={t.partnershipsUi.dismiss}
            onClose={() => mover.dismiss(partnership.id)}
            data-testid="move-refusal"
          >
            <Text size="sm">{refusal}</Text>
          </Alert>
        )}
        {canWrite && <MoveMenu partnership={partnership} mover={mover} />}
      </Stack>
    </Paper>
  );
}
