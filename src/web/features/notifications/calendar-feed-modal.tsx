import { useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { IssuedCalendarFeed } from '../../../shared/contracts/notifications';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { CopyableField } from '../../ui/copyable-field';
import {
  calendarFeedStatusQueryOptions,
  useIssueCalendarFeed,
  useRevokeCalendarFeed,
} from './notifications-api';

interface CalendarFeedModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Get, rotate or revoke my calendar subscription link, with how to add it to a calendar app. */
export function CalendarFeedModal({ opened, onClose }: CalendarFeedModalProps) {
  const { t, locale } = useT();
  const tn = t.notificationsUi;
  const zone = useMe().institution.timeZone;
  const status = useQuery({ ...calendarFeedStatusQueryOptions, enabled: opened });
  const issue = useIssueCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [issued, setIssued] = useState<IssuedCalendarFeed | null>(null);
  const [revoked, setRevoked] = useState(false);
  const active = status.data?.active ?? false;

  const close = () => {
    // The link is shown once: closing forgets it.
    setIssued(null);
    setRevoked(false);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={tn.calendarTitle}
      size="lg"
      data-testid="calendar-feed-modal"
    >
      <Stack gap="sm">
        <Text size="sm">{tn.calendarIntro}</Text>
        {issued ? (
          <Alert color="teal" variant="light">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {tn.calendarCopyNow}
              </Text>
              <CopyableField label={tn.calendarUrlLabel} value={issued.url} testId="calendar-feed-url" />
            </Stack>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed" data-testid="calendar-feed-status">
            {revoked
              ? tn.calendarRevoked
              : active && status.data?.createdAt
                ? fill(tn.calendarActiveSince, { date: formatDateTime(status.data.createdAt, locale, zone) })
                : tn.calendarNone}
          </Text>
        )}
        <Text size="xs" c="orange.9">
          {tn.calendarSecret}
        </Text>
        <Group gap="xs">
          <Button
            loading={issue.isPending}
            onClick={() =>
              issue.mutate(undefined, {
                onSuccess: (feed) => {
                  setIssued(feed);
                  setRevoked(false);
                },
              })
            }
            data-testid="calendar-feed-issue"
          >
            {active || issued ? tn.calendarRotate : tn.calendarCreate}
          </Button>
          {(active || issued) && (
            <Button
              variant="light"
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoke.mutate(undefined, {
                  onSuccess: () => {
                    setIssued(null);
                    setRevoked(true);
                  },
                })
              }
              data-testid="calendar-feed-revoke"
            >
              {tn.calendarRevoke}
            </Button>
          )}
        </Group>
        <List size="sm" spacing="xs">
          <List.Item>{tn.calendarHowGoogle}</List.Item>
          <List.Item>{tn.calendarHowThunderbird}</List.Item>
          <List.Item>{tn.calendarHowPhone}</List.Item>
        </List>
      </Stack>
    </Modal>
  );
}
