import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import type { OutboxEntry, PartnerEditEntry } from '../../lib/offline/outbox-entry';
import { discard, syncNow, type SyncSnapshot } from '../../lib/offline/sync-outbox';
import { ConfirmModal } from '../../ui/confirm-modal';
import { PartnerConflictModal } from '../partners/partner-conflict-modal';

function OutboxEntryCard({ entry, onResolve }: { entry: OutboxEntry; onResolve: () => void }) {
  const { t, locale } = useT();
  const me = useMe();
  const [discarding, setDiscarding] = useState(false);
  const kind = {
    interaction: t.offline.kindInteraction,
    activity: t.offline.kindActivity,
    'partner-edit': t.offline.kindPartnerEdit,
  }[entry.kind];
  const state = {
    waiting: t.offline.stateWaiting,
    conflict: t.offline.stateConflict,
    refused: t.offline.stateRefused,
  }[entry.state];
  const filesLeft = entry.kind === 'partner-edit' ? 0 : entry.files.filter((file) => !file.sent).length;
  return (
    <Card withBorder padding="sm" data-testid="outbox-entry" data-state={entry.state}>
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {kind} · {formatDateTime(new Date(entry.createdAt).toISOString(), locale, me.institution.timeZone)}
        </Text>
        <Text fw={600}>{entry.label}</Text>
        <Text size="sm" c={entry.state === 'waiting' ? undefined : 'red.8'}>
          {state}
          {filesLeft > 0 && ` · ${fill(t.offline.filesLeft, { count: filesLeft })}`}
        </Text>
        {entry.state === 'refused' && entry.error && (
          <Text size="sm" c="dimmed">
            {entry.error.message}
          </Text>
        )}
        {entry.state !== 'waiting' && (
          <Group gap="xs" mt={4}>
            {entry.state === 'conflict' && (
              <Button size="xs" onClick={onResolve} data-testid="outbox-resolve">
                {t.offline.resolve}
              </Button>
            )}
            <Button
              size="xs"
              variant="default"
              onClick={() => setDiscarding(true)}
              data-testid="outbox-discard"
            >
              {t.offline.discard}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={discarding}
        title={t.offline.discardTitle}
        body={fill(t.offline.discardBody, { label: entry.label })}
        confirmLabel={t.offline.discard}
        danger
        loading={false}
        onConfirm={() => void discard(entry).then(() => setDiscarding(false))}
        onClose={() => setDiscarding(false)}
      />
    </Card>
  );
}

/** The queue on this device: what waits, what the server refused, what needs a choice. */
export function SyncPanel({ snapshot }: { snapshot: SyncSnapshot }) {
  const { t, locale } = useT();
  const me = useMe();
  const [resolving, setResolving] = useState<PartnerEditEntry | null>(null);
  const waiting = snapshot.entries.some((entry) => entry.state === 'waiting');
  return (
    <Stack gap="sm" data-testid="sync-panel">
      {snapshot.unavailable && <Alert color="red">{t.offline.unavailable}</Alert>}
      <Text size="sm">{snapshot.online ? t.offline.panelOnline : t.offline.panelOffline}</Text>
      {snapshot.lastSyncedAt !== null && (
        <Text size="xs" c="dimmed">
          {fill(t.offline.lastSynced, {
            time: formatDateTime(
              new Date(snapshot.lastSyncedAt).toISOString(),
              locale,
              me.institution.timeZone,
            ),
          })}
        </Text>
      )}
      {snapshot.entries.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="outbox-empty">
          {t.offline.empty}
        </Text>
      ) : (
        snapshot.entries.map((entry) => (
          <OutboxEntryCard
            key={entry.key}
            entry={entry}
            onResolve={() => {
              if (entry.kind === 'partner-edit') setResolving(entry);
            }}
          />
        ))
      )}
      {waiting && (
        <Button
          onClick={() => void syncNow()}
          loading={snapshot.syncing}
          disabled={!snapshot.online}
          data-testid="outbox-send-now"
        >
          {t.offline.sendNow}
        </Button>
      )}
      {resolving && <PartnerConflictModal entry={resolving} onClose={() => setResolving(null)} />}
    </Stack>
  );
}
