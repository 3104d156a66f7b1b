import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { useT } from '../../lib/i18n';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { MeetingCard } from './meeting-card';
import { meetingsQueryOptions } from './meetings-api';
import { ScheduleMeetingModal } from './schedule-meeting-modal';

/** Penjajagan (guide step 4): the partnership's audiences and presentations, upcoming first. */
export function ExplorationMeetings({
  partnership,
  canWrite,
}: {
  partnership: Partnership;
  canWrite: boolean;
}) {
  const { t } = useT();
  const tu = t.meetingsUi;
  const [scheduling, setScheduling] = useState(false);
  const query = useQuery(meetingsQueryOptions(partnership.id));
  const scheduleButton = canWrite && (
    <Button onClick={() => setScheduling(true)} data-testid="meeting-schedule">
      {tu.schedule}
    </Button>
  );
  const items = query.data?.items ?? [];
  const upcoming = items.filter((meeting) => !meeting.started);
  const held = items.filter((meeting) => meeting.started);

  return (
    <Paper withBorder radius="md" p="md" data-testid="exploration-meetings">
      {scheduling && <ScheduleMeetingModal partnership={partnership} onClose={() => setScheduling(false)} />}
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4">
            {tu.title}
          </Title>
          <Text size="sm" c="dimmed">
            {tu.intro}
          </Text>
        </div>
        {items.length > 0 && scheduleButton}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : items.length === 0 ? (
        <EmptyPanel
          testId="meetings-empty"
          title={tu.emptyTitle}
          description={tu.emptyBody}
          actions={scheduleButton || undefined}
        />
      ) : (
        <Stack gap="md">
          {[
            { label: tu.upcoming, list: upcoming, testId: 'meetings-upcoming' },
            { label: tu.held, list: held, testId: 'meetings-held' },
          ]
            .filter((group) => group.list.length > 0)
            .map((group) => (
              <Stack key={group.testId} gap="xs" data-testid={group.testId}>
                <Text size="sm" fw={600}>
                  {group.label}
                </Text>
                {group.list.map((meeting) => (
                  <MeetingCard
                    key={meeting.id}
                    partnership={partnership}
                    meeting={meeting}
                    canWrite={canWrite}
                  />
                ))}
              </Stack>
            ))}
        </Stack>
      )}
    </Paper>
  );
}
