import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MonitoringVisit } from '../../../shared/contracts/monitoring';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { ConfirmModal } from '../../ui/confirm-modal';
import { useNotify } from '../../ui/use-notify';
import { deleteVisit, monitoringQueryKey, visitBeritaAcaraUrl } from './monitoring-api';
import { RecordListSection } from './record-list-section';
import { VisitModal } from './visit-modal';

interface VisitsListProps {
  partnershipId: string;
  visits: readonly MonitoringVisit[];
  today: string;
  timeZone: TimeZoneCode;
  canWrite: boolean;
}

/** Monitoring visits, newest first, each with its berita acara to download and sign. */
export function VisitsList({ partnershipId, visits, today, timeZone, canWrite }: VisitsListProps) {
  const { t, locale } = useT();
  const tu = t.monitoringUi;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ visit?: MonitoringVisit } | null>(null);
  const [deleting, setDeleting] = useState<MonitoringVisit | null>(null);
  const remove = useMutation({
    mutationFn: (visit: MonitoringVisit) => deleteVisit(visit.id, visit.version),
    onSuccess: () => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: monitoringQueryKey(partnershipId) });
    },
    onError: notify.error,
  });

  return (
    <RecordListSection
      testId="visits"
      title={tu.visitsTitle}
      isEmpty={visits.length === 0}
      emptyTitle={tu.visitsEmptyTitle}
      emptyBody={tu.visitsEmptyBody}
      add={canWrite ? { label: tu.addVisit, testId: 'visit-add', onClick: () => setEditing({}) } : undefined}
      modals={
        <>
          {editing && (
            <VisitModal
              partnershipId={partnershipId}
              visit={editing.visit}
              today={today}
              onClose={() => setEditing(null)}
            />
          )}
          <ConfirmModal
            opened={deleting !== null}
            title={tu.deleteVisitTitle}
            body={tu.deleteBody}
            confirmLabel={tu.delete}
            danger
            loading={remove.isPending}
            onConfirm={() => deleting && remove.mutate(deleting)}
            onClose={() => setDeleting(null)}
          />
        </>
      }
    >
      {visits.map((visit) => (
        <Paper key={visit.id} withBorder radius="sm" p="sm" data-testid="visit">
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Text size="sm" fw={600}>
                  {formatDate(visit.visitedOn, locale, timeZone)} · {visit.place}
                </Text>
                <Text size="xs" c="dimmed">
                  {[...visit.visitors, ...visit.partnerAttendees].join('; ')}
                </Text>
              </div>
              {canWrite && (
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ visit })}>
                    {tu.edit}
                  </Button>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={tu.delete}
                    onClick={() => setDeleting(visit)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {tu.findings}: {visit.findings}
            </Text>
            {visit.recommendations && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {tu.recommendations}: {visit.recommendations}
              </Text>
            )}
            <Group gap="xs">
              <Button
                component="a"
                href={visitBeritaAcaraUrl(visit.id, 'pdf')}
                download
                size="compact-xs"
                variant="light"
                data-testid="visit-berita-acara-pdf"
              >
                {tu.beritaAcaraPdf}
              </Button>
              <Button
                component="a"
                href={visitBeritaAcaraUrl(visit.id, 'docx')}
                download
                size="compact-xs"
                variant="default"
                data-testid="visit-berita-acara-docx"
              >
                {tu.beritaAcaraDocx}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
    </RecordListSection>
  );
}
