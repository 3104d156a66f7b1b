import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Meeting } from '../../../shared/contracts/meetings';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { useNotify } from '../../ui/use-notify';
import { MeetingInviteMenu } from './meeting-invite-menu';
import { MeetingOutcomeModal } from './meeting-outcome-modal';
import { deleteMeeting, meetingIcsUrl, meetingMaterialUrl, meetingsQueryKey } from './meetings-api';
import { ScheduleMeetingModal } from './schedule-meeting-modal';

const outcomeColors = { positive: 'teal', undecided: 'yellow', negative: 'red' } as const;

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}

/** One audience or presentation: when and where, who, the material, invitations and the outcome. */
export function MeetingCard({
  partnership,
  meeting,
  canWrite,
}: {
  partnership: Pick<Partnership, 'id' | 'name' | 'partners'>;
  meeting: Meeting;
  canWrite: boolean;
}) {
  const partnershipId = partnership.id;
  const { t, locale } = useT();
  const tu = t.meetingsUi;
  const zone = useMe().institution.timeZone;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [recording, setRecording] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteMeeting(partnershipId, meeting.id, meeting.version),
    onSuccess: async () => {
      notify.success(tu.deleted);
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: meetingsQueryKey(partnershipId) });
    },
    onError: (error) => notify.error(error),
  });
  const attendees = [...meeting.attendees.partner, ...meeting.attendees.institution].map((a) => a.name);
  const when = `${formatLongDateTime(meeting.startsAt, locale, zone)}${
    meeting.endsAt
      ? ` – ${formatLongDateTime(meeting.endsAt, locale, zone).split(' ').slice(-2).join(' ')}`
      : ''
  }`;

  return (
    <Paper withBorder radius="md" p="sm" data-testid="meeting-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text size="xs" c="dimmed">
              {t.meetingKinds[meeting.kind]}
            </Text>
            <Text fw={600} data-testid="meeting-card-title">
              {meeting.title}
            </Text>
          </div>
          {meeting.outcome ? (
            <Badge color={outcomeColors[meeting.outcome]} variant="light" data-testid="meeting-card-outcome">
              {tu.outcomeBadge[meeting.outcome]}
            </Badge>
          ) : null}
        </Group>
        <Line label={tu.when}>{when}</Line>
        {meeting.place && <Line label={tu.where}>{meeting.place}</Line>}
        {meeting.onlineLink && (
          <Line label={tu.link}>
            <Anchor href={meeting.onlineLink} target="_blank" rel="noopener noreferrer" size="sm">
              {meeting.onlineLink}
            </Anchor>
          </Line>
        )}
        <Line label={tu.attendees}>{attendees.length > 0 ? attendees.join(', ') : tu.noAttendees}</Line>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {meeting.agenda}
        </Text>
        {meeting.started && !meeting.outcome && (
          <Text size="sm" c="orange.8" data-testid="meeting-card-no-outcome">
            {tu.noOutcome}
          </Text>
        )}
        {meeting.outcome && (
          <Stack gap={2}>
            <Line label={tu.outcome}>{t.meetingOutcomes[meeting.outcome]}</Line>
            {meeting.interestLevel && (
              <Line label={tu.interestLevel}>{t.interestLevels[meeting.interestLevel]}</Line>
            )}
            {meeting.outcomeNotes && <Line label={tu.outcomeNotes}>{meeting.outcomeNotes}</Line>}
            {meeting.nextStep && <Line label={tu.nextStep}>{meeting.nextStep}</Line>}
          </Stack>
        )}
        <Group gap="xs" mt={4}>
          {!meeting.started && (
            <>
              <MeetingInviteMenu partnershipId={partnershipId} meetingId={meeting.id} channel="whatsapp" />
              <MeetingInviteMenu partnershipId={partnershipId} meetingId={meeting.id} channel="email" />
            </>
          )}
          <Button
            component="a"
            href={meetingIcsUrl(partnershipId, meeting.id)}
            download
            variant="default"
            size="sm"
            data-testid="meeting-ics"
          >
            {tu.downloadIcs}
          </Button>
          {meeting.material && (
            <Button
              component="a"
              href={meetingMaterialUrl(partnershipId, meeting.id)}
              download={meeting.material.name}
              variant="default"
              size="sm"
              data-testid="meeting-material-download"
            >
              {tu.downloadMaterial}
            </Button>
          )}
          {canWrite && meeting.started && (
            <Button size="sm" onClick={() => setRecording(true)} data-testid="meeting-record-outcome">
              {meeting.outcome ? tu.changeOutcome : tu.recordOutcome}
            </Button>
          )}
          {canWrite && (
            <Button
              variant="default"
              size="sm"
              onClick={() => setEditing(true)}
              aria-label={`${tu.edit}: ${meeting.title}`}
              data-testid="meeting-edit"
            >
              {tu.edit}
            </Button>
          )}
          {canWrite && (
            <Button
              variant="subtle"
              color="red"
              size="sm"
              onClick={() => setConfirming(true)}
              aria-label={`${tu.delete}: ${meeting.title}`}
              data-testid="meeting-delete"
            >
              {tu.delete}
            </Button>
          )}
        </Group>
        {canWrite && !meeting.started && (
          <Text size="xs" c="dimmed">
            {tu.outcomeAfterStart}
          </Text>
        )}
      </Stack>
      {editing && (
        <ScheduleMeetingModal partnership={partnership} meeting={meeting} onClose={() => setEditing(false)} />
      )}
      {recording && (
        <MeetingOutcomeModal
          partnershipId={partnershipId}
          meeting={meeting}
          onClose={() => setRecording(false)}
        />
      )}
      <ConfirmModal
        opened={confirming}
        title={tu.deleteTitle}
        body={fill(tu.deleteBody, { title: meeting.title })}
        confirmLabel={tu.delete}
        danger
        loading={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
