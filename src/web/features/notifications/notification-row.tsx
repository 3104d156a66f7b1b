import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { Notification } from '../../../shared/contracts/notifications';
import { fill } from '../../../shared/i18n/catalog';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { AnchorLink } from '../../ui/router-links';

interface NotificationRowProps {
  item: Notification;
  busy: boolean;
  onRead: () => void;
  /** Following the link counts as reading it. */
  onFollow: () => void;
}

/** One reminder: why, whom (a link to the partner, or to the care page for institution-wide ones), when. */
export function NotificationRow({ item, busy, onRead, onFollow }: NotificationRowProps) {
  const { t, locale } = useT();
  const tn = t.notificationsUi;
  const zone = useMe().institution.timeZone;
  const unread = item.readAt === null;
  return (
    <Paper
      component="li"
      p="xs"
      radius="sm"
      bg={unread ? 'teal.0' : undefined}
      data-testid="notification-row"
      data-unread={unread ? 'true' : 'false'}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={unread ? 700 : 500}>
            {tn.reasons[item.reason]}
          </Text>
          {item.partnerId ? (
            <AnchorLink
              to="/mitra/$partnerId"
              params={{ partnerId: item.partnerId }}
              size="sm"
              onClick={onFollow}
            >
              {item.partnerName ?? item.partnerId}
            </AnchorLink>
          ) : (
            <AnchorLink to="/perawatan" size="sm" onClick={onFollow}>
              {tn.institutionWide}
            </AnchorLink>
          )}
          {item.detail && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {item.detail}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {fill(tn.dueOn, { date: formatShortDate(item.dueOn, locale, zone) })}
          </Text>
        </Stack>
        {unread && (
          <Button size="compact-xs" variant="default" loading={busy} onClick={onRead}>
            {tn.markRead}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
