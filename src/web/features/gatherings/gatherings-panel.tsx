import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { GatheringCounts, GatheringDetail } from './gathering-detail';
import { GatheringFormModal } from './gathering-form-modal';
import { gatheringListQueryOptions } from './gatherings-api';

/** Technique 2's temu mitra: the list, planning one, and each one's invitations and attendance. */
export function GatheringsPanel() {
  const { t, locale } = useT();
  const tu = t.gatheringsUi;
  const zone = useMe().institution.timeZone;
  const canWrite = useCan('care.write');
  const list = useQuery(gatheringListQueryOptions);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);

  if (openId) return <GatheringDetail id={openId} onBack={() => setOpenId(null)} />;
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const createButton = canWrite && (
    <Button onClick={() => setCreating(true)} data-testid="gathering-create">
      {tu.create}
    </Button>
  );
  return (
    <Stack gap="md" data-testid="gatherings-panel">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2} style={{ flex: 1, minWidth: 240 }}>
          <Title order={2} size="h4">
            {tu.heading}
          </Title>
          <Text size="sm" c="dimmed">
            {tu.intro}
          </Text>
        </Stack>
        {createButton}
      </Group>
      {list.data.items.length === 0 && (
        <EmptyPanel
          title={tu.emptyTitle}
          description={tu.emptyDescription}
          actions={createButton || undefined}
        />
      )}
      {list.data.items.map((gathering) => (
        <Paper key={gathering.id} withBorder p="md" radius="md" data-testid="gathering-row">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
              <Group gap="xs">
                <Text fw={700}>{gathering.title}</Text>
                <Badge variant="light">{tu.statuses[gathering.status]}</Badge>
              </Group>
              <Text size="sm">{formatLongDateTime(gathering.startsAt, locale, zone)}</Text>
              <Text size="sm" c="dimmed">
                {gathering.place}
              </Text>
              <GatheringCounts gathering={gathering} />
            </Stack>
            <Button variant="default" onClick={() => setOpenId(gathering.id)} data-testid="gathering-open">
              {tu.open}
            </Button>
          </Group>
        </Paper>
      ))}
      {creating && <GatheringFormModal existing={null} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
