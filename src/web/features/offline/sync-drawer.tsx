import { Drawer } from '@mantine/core';
import { useT } from '../../lib/i18n';
import type { SyncSnapshot } from '../../lib/offline/sync-outbox';
import { SyncPanel } from './sync-panel';

export function SyncDrawer({
  opened,
  onClose,
  snapshot,
}: {
  opened: boolean;
  onClose: () => void;
  snapshot: SyncSnapshot;
}) {
  const { t } = useT();
  return (
    <Drawer opened={opened} onClose={onClose} title={t.offline.panelTitle} position="right">
      <SyncPanel snapshot={snapshot} />
    </Drawer>
  );
}
