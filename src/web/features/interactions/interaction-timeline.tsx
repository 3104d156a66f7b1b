import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { Interaction } from '../../../shared/contracts/interactions';
import { findingFields } from '../../../shared/domain/interaction-vocabulary';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { AddAttachmentsModal } from './add-attachments-modal';
import { InteractionAttachmentList } from './interaction-attachment-list';
import { interactionListQueryOptions } from './interactions-api';

type TimelineFilter = { partnerId: string } | { partnershipId: string };

interface InteractionTimelineProps {
  /** Entries matching any of these, once each: a partnership shows its own and its partners' contacts. */
  filters: TimelineFilter[];
  action?: React.ReactNode;
}

/** The contact log of a partner or partnership, latest first, with what was learnt. */
export function InteractionTimeline({ filters, action }: InteractionTimelineProps) {
  const { t, locale } = useT();
  const me = useMe();
  const canWrite = useCan('interactions.write');
  const [addingTo, setAddingTo] = useState<Interaction | null>(null);
  const query = useQueries({
    queries: filters.map((filter) => interactionListQueryOptions(filter)),
    combine: (results) => {
      const byId = new Map<string, Interaction>();
      for (const result of results) for (const item of result.data?.items ?? []) byId.set(item.id, item);
      return {
        isPending: results.some((result) => result.isPending),
        error: results.find((result) => result.isError)?.error ?? null,
        items: [...byId.values()].sort(
          (a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id),
        ),
      };
    },
  });
  return (
    <Paper withBorder radius="md" p="md" data-testid="interaction-timeline">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t.interactionsUi.title}
        </Title>
        {action}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.error ? (
        <ErrorAlert error={query.error} />
      ) : query.items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="interactions-empty">
          {t.interactionsUi.empty}
        </Text>
      ) : (
        <Timeline active={query.items.length - 1} bulletSize={14} lineWidth={2}>
          {query.items.map((item) => (
            <Timeline.Item
              key={item.id}
              data-testid="interaction-item"
              title={
                <Group gap={6}>
                  <Text fw={600} size="sm">
                    {t.interactionKinds[item.kind]}
                  </Text>
                  <Badge variant="light" size="sm">
                    {t.interactionApproaches[item.approach].split(' (')[0]}
                  </Badge>
                </Group>
              }
            >
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(item.occurredAt, locale, me.institution.timeZone)} ·{' '}
                  {item.partners.map((partner) => partner.name).join(', ')}
                </Text>
                {item.summary && <Text size="sm">{item.summary}</Text>}
                {findingFields
                  .filter((field) => item.findings[field])
                  .map((field) => (
                    <Text size="sm" key={field}>
                      <Text span fw={600} size="sm">
                        {t.interactionFindings[field]}:
                      </Text>{' '}
                      {item.findings[field]}
                    </Text>
                  ))}
                {item.followUp && (
                  <Text size="sm" c="teal.8">
                    {t.interactionsUi.followUp}: {item.followUp.task} ({item.followUp.dueOn})
                    {item.followUp.doneAt && ` · ✓ ${t.followUps.statusDone}`}
                  </Text>
                )}
                <InteractionAttachmentList
                  interactionId={item.id}
                  attachments={item.attachments}
                  canWrite={canWrite}
                />
                {canWrite && (
                  <Group>
                    <Button
                      variant="subtle"
                      size="sm"
                      mih={44}
                      px={8}
                      ml={-8}
                      onClick={() => setAddingTo(item)}
                      data-testid="interaction-add-attachments"
                    >
                      {t.attachmentsUi.addToRecord}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {addingTo && <AddAttachmentsModal interaction={addingTo} onClose={() => setAddingTo(null)} />}
    </Paper>
  );
}
