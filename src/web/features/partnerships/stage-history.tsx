import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { stageHistoryQueryOptions } from './partnerships-api';

/** Every stage move, oldest first, with the condition it passed and the reason written. */
export function StageHistory({
  partnershipId,
  nameOf,
}: {
  partnershipId: string;
  nameOf: (id: string | null) => string | null;
}) {
  const { t, locale } = useT();
  const tu = t.partnershipsUi;
  const me = useMe();
  const query = useQuery(stageHistoryQueryOptions(partnershipId));
  return (
    <Paper withBorder radius="md" p="md" data-testid="stage-history">
      <Title order={2} size="h4" mb="sm">
        {tu.history}
      </Title>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Timeline active={query.data.items.length - 1} bulletSize={14} lineWidth={2}>
          {query.data.items.map((event) => (
            <Timeline.Item
              key={event.id}
              data-testid="stage-event"
              title={
                event.entered
                  ? fill(t.partnershipEntryUi.historyEntered, {
                      stage: t.partnershipStages[event.to],
                      reason: event.reason ?? '',
                    })
                  : event.from
                    ? fill(tu.historyMove, {
                        from: t.partnershipStages[event.from],
                        to: t.partnershipStages[event.to],
                      })
                    : fill(tu.historyStart, { stage: t.partnershipStages[event.to] })
              }
            >
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.at, locale, me.institution.timeZone)}
                  {nameOf(event.byUserId) && ` · ${nameOf(event.byUserId)}`}
                </Text>
                {event.gate && event.gate !== 'reason_given' && (
                  <Text size="sm">
                    {fill(tu.historyGate, { gate: t.stageGates[event.gate as keyof typeof t.stageGates] })}
                  </Text>
                )}
                {event.reason && !event.entered && (
                  <Text size="sm">{fill(tu.historyReason, { reason: event.reason })}</Text>
                )}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
