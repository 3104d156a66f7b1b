import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ValueRecord } from '../../../shared/contracts/value-records';
import { fill } from '../../../shared/i18n/catalog';
import { localDateOf } from '../../../shared/domain/local-date';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { useNotify } from '../../ui/use-notify';
import { ValueRecordModal } from './value-record-modal';
import {
  deleteValueRecord,
  partnerValueRecordsQueryOptions,
  valueRecordsQueryKey,
} from './value-records-api';

/** "Nilai & kejutan untuk mitra": what the institution offered or gave beyond the agreement, as a timeline. */
export function PartnerValueRecords({ partnerId }: { partnerId: string }) {
  const { t, locale } = useT();
  const tv = t.valueRecordsUi;
  const zone = useMe().institution.timeZone;
  const canWrite = useCan('care.write');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ValueRecord | 'new' | null>(null);
  const [removing, setRemoving] = useState<ValueRecord | null>(null);
  const query = useQuery(partnerValueRecordsQueryOptions(partnerId));
  const remove = useMutation({
    mutationFn: (record: ValueRecord) => deleteValueRecord(partnerId, record.id, record.version),
    onSuccess: () => {
      notify.success(tv.removed);
      setRemoving(null);
      void queryClient.invalidateQueries({ queryKey: valueRecordsQueryKey(partnerId) });
    },
    onError: notify.error,
  });
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="partner-value-records">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Title order={2} size="h4">
          {tv.sectionTitle}
        </Title>
        {canWrite && (
          <Button size="xs" variant="light" onClick={() => setEditing('new')} data-testid="value-record-add">
            {tv.add}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {tv.sectionIntro}
      </Text>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {tv.empty}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {query.data.items.map((record) => (
            <Timeline.Item key={record.id} data-testid="value-record">
              <Stack gap={2}>
                <Group gap={6} justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {record.title}
                  </Text>
                  {canWrite && (
                    <Group gap={2} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(record)}>
                        {tv.edit}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setRemoving(record)}
                      >
                        {tv.remove}
                      </Button>
                    </Group>
                  )}
                </Group>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    {formatShortDate(record.givenOn, locale, zone)}
                  </Text>
                  <Badge
                    size="xs"
                    variant="light"
                    color={record.kind === 'beyond_agreement' ? 'grape' : 'teal'}
                  >
                    {tv.kinds[record.kind]}
                  </Badge>
                  <Badge size="xs" variant="outline">
                    {tv.categories[record.category]}
                  </Badge>
                </Group>
                {record.description && <Text size="xs">{record.description}</Text>}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {editing && (
        <ValueRecordModal
          partnerId={partnerId}
          record={editing === 'new' ? null : editing}
          today={localDateOf(new Date(), zone)}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={removing !== null}
        title={tv.removeTitle}
        body={fill(tv.removeBody, { title: removing?.title ?? '' })}
        confirmLabel={tv.remove}
        danger
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}
