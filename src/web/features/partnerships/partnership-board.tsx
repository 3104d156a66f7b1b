import { useState } from 'react';
import { Badge, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { PartnershipSummary } from '../../../shared/contracts/partnerships';
import {
  isEndStage,
  partnershipStages,
  transitionsFrom,
  type PartnershipStage,
} from '../../../shared/domain/partnership-stages';
import { useT } from '../../lib/i18n';
import { PartnershipCard } from './partnership-card';
import type { PartnershipMover } from './use-move-partnership';

interface BoardProps {
  partnerships: PartnershipSummary[];
  nameOf: (id: string | null) => string | null;
  mover: PartnershipMover;
  canWrite: boolean;
}

/** Columns in the guide's order, the two ends last; dropping a card asks the server, which decides. */
export function PartnershipBoard({ partnerships, nameOf, mover, canWrite }: BoardProps) {
  const { t } = useT();
  const [over, setOver] = useState<PartnershipStage | null>(null);
  const [dragging, setDragging] = useState<PartnershipSummary | null>(null);
  // While a card is dragged, the columns it may go to are marked; the server still decides.
  const targets = new Set(dragging ? transitionsFrom(dragging.stage).map((move) => move.to) : []);
  const byStage = (stage: PartnershipStage) => partnerships.filter((item) => item.stage === stage);
  return (
    <ScrollArea type="auto" offsetScrollbars viewportProps={{ tabIndex: 0 }} data-testid="partnership-board">
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
        {partnershipStages.map((stage) => {
          const items = byStage(stage);
          return (
            <Stack
              key={stage}
              gap="xs"
              p="xs"
              w={250}
              miw={250}
              mih={160}
              bg={over === stage ? 'teal.0' : isEndStage(stage) ? 'gray.1' : 'gray.0'}
              style={{
                boxShadow: targets.has(stage) ? 'inset 0 0 0 2px var(--mantine-color-teal-3)' : undefined,
                borderRadius: 8,
                outline: over === stage ? '2px dashed var(--mantine-color-teal-6)' : undefined,
              }}
              onDragOver={(event) => {
                if (!canWrite) return;
                event.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver((current) => (current === stage ? null : current))}
              onDrop={(event) => {
                event.preventDefault();
                setOver(null);
                setDragging(null);
                const dropped = partnerships.find(
                  (item) => item.id === event.dataTransfer.getData('text/plain'),
                );
                if (dropped) mover.move(dropped, stage);
              }}
              data-testid={`stage-column-${stage}`}
            >
              <Group justify="space-between" wrap="nowrap" gap={4}>
                <Title order={2} size="sm" c={isEndStage(stage) ? 'dimmed' : undefined}>
                  {t.partnershipStages[stage]}
                </Title>
                <Badge variant="white" color="gray" size="sm">
                  {items.length}
                </Badge>
              </Group>
              {items.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t.partnershipsUi.emptyColumn}
                </Text>
              ) : (
                items.map((item) => (
                  <PartnershipCard
                    key={item.id}
                    partnership={item}
                    facilitatorName={nameOf(item.facilitatorUserId)}
                    mover={mover}
                    canWrite={canWrite}
                    onDragging={setDragging}
                  />
                ))
              )}
            </Stack>
          );
        })}
      </Group>
    </ScrollArea>
  );
}
