import { lazy, Suspense, useEffect, useState } from 'react';
import { Badge, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import type { Catalog } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { startOutboxSync, useSyncSnapshot, type SyncSnapshot } from '../../lib/offline/sync-outbox';

/** The queue's drawer is a page of its own weight: loaded when first opened, not with every page. */
const SyncDrawer = lazy(() => import('./sync-drawer').then((module) => ({ default: module.SyncDrawer })));

/** The one word and colour the header shows: the worst thing first, since that needs the user. */
function describeState(snapshot: SyncSnapshot, t: Catalog): { text: string; color: string } {
  const count = (state: string) => snapshot.entries.filter((entry) => entry.state === state).length;
  const conflicts = count('conflict');
  const refused = count('refused');
  const waiting = count('waiting');
  if (conflicts > 0) return { text: fill(t.offline.conflicts, { count: conflicts }), color: 'red' };
  if (refused > 0) return { text: fill(t.offline.refused, { count: refused }), color: 'red' };
  if (!snapshot.online) {
    const text =
      waiting > 0
        ? `${t.offline.offline} · ${fill(t.offline.waiting, { count: waiting })}`
        : t.offline.offline;
    return { text, color: 'orange' };
  }
  if (snapshot.syncing && waiting > 0) return { text: t.offline.sending, color: 'blue' };
  if (waiting > 0) return { text: fill(t.offline.waiting, { count: waiting }), color: 'yellow' };
  return { text: t.offline.synced, color: 'teal' };
}

/**
 * Always in the header: whether the phone is connected and what waits on it. Opens the queue,
 * where conflicts are resolved and a refused record is seen with its reason.
 */
export function SyncStatus() {
  const { t } = useT();
  const me = useMe();
  const queryClient = useQueryClient();
  const snapshot = useSyncSnapshot();
  const [opened, setOpened] = useState(false);
  const [wanted, setWanted] = useState(false);
  const userId = me.user.id;

  useEffect(() => {
    startOutboxSync({
      currentUserId: () => queryClient.getQueryData<{ user: { id: string } }>(['me'])?.user.id ?? null,
      onSent: () => void queryClient.invalidateQueries(),
    });
  }, [queryClient, userId]);

  const { text, color } = describeState(snapshot, t);
  return (
    <>
      <UnstyledButton
        onClick={() => {
          setWanted(true);
          setOpened(true);
        }}
        aria-label={fill(t.offline.buttonLabel, { state: text })}
        aria-haspopup="dialog"
        data-testid="sync-status"
        data-state={color}
      >
        <Badge
          color={color}
          variant="light"
          size="lg"
          radius="sm"
          style={{ cursor: 'pointer', textTransform: 'none' }}
        >
          <span aria-live="polite">{text}</span>
        </Badge>
      </UnstyledButton>
      {wanted && (
        <Suspense fallback={null}>
          <SyncDrawer opened={opened} onClose={() => setOpened(false)} snapshot={snapshot} />
        </Suspense>
      )}
    </>
  );
}
