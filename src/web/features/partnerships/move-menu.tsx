import { Button, Menu } from '@mantine/core';
import type { PartnershipSummary } from '../../../shared/contracts/partnerships';
import { transitionsFrom } from '../../../shared/domain/partnership-stages';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import type { PartnershipMover } from './use-move-partnership';

/** "Pindahkan ke…": the moves the stage table allows, for phones and keyboards (no dragging). */
export function MoveMenu({
  partnership,
  mover,
}: {
  partnership: PartnershipSummary;
  mover: PartnershipMover;
}) {
  const { t } = useT();
  const targets = transitionsFrom(partnership.stage);
  if (targets.length === 0) return null;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="light"
          aria-label={fill(t.partnershipsUi.moveMenuLabel, { name: partnership.name })}
          loading={mover.moving}
          data-testid="move-menu"
        >
          {t.partnershipsUi.moveTo}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {targets.map((target) => (
          <Menu.Item
            key={target.to}
            onClick={() => mover.move(partnership, target.to)}
            data-testid={`move-to-${target.to}`}
          >
            {t.partnershipStages[target.to]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
