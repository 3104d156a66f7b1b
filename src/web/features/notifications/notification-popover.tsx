import { Badge, Button, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ButtonLink } from '../../ui/router-links';
import { useArrivedTrigger } from '../../ui/use-deferred-part';
import { BellButton } from './notification-bell';
import { NotificationRow } from './notification-row';
import {
  notificationListQueryOptions,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from './notifications-api';

/** The bell's popover: my reminders to mark read or follow, loaded at the first sign it is wanted. */
export function NotificationPopover({
  opened,
  onChange,
  unread,
  label,
  takeFocus,
}: {
  opened: boolean;
  onChange: (opened: boolean) => void;
  unread: number;
  label: string;
  takeFocus: boolean;
}) {
  const { t } = useT();
  const tn = t.notificationsUi;
  const list = useInfiniteQuery(notificationListQueryOptions);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const setOpened = onChange;
  // Shown once its bell has taken the focus (see useArrivedTrigger).
  const { opened: shown, target } = useArrivedTrigger(takeFocus, true);

  return (
    <Popover
      opened={opened && shown}
      onChange={onChange}
      position="bottom-end"
      width="min(400px, calc(100vw - 16px))"
      shadow="md"
      withinPortal
      returnFocus
    >
      <Popover.Target>
        <BellButton
          ref={target}
          unread={unread}
          label={label}
          opened={opened}
          onClick={() => onChange(!opened)}
        />
      </Popover.Target>
      <Popover.Dropdown p="xs" data-testid="notification-list">
        <Group justify="space-between" px="xs" pb="xs" wrap="nowrap">
          <Group gap="xs" style={{ minWidth: 0 }}>
            <Text fw={700}>{tn.listTitle}</Text>
            {unread > 0 && (
              <Badge color="red" variant="light" size="sm">
                {fill(tn.unreadBadge, { count: unread })}
              </Badge>
            )}
          </Group>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
            style={{ flexShrink: 0 }}
            data-testid="notifications-read-all"
          >
            {tn.markAllRead}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420} type="auto">
          {items.length === 0 ? (
            <Text size="sm" c="dimmed" p="xs">
              {tn.empty}
            </Text>
          ) : (
            <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {items.map((item) => (
                <NotificationRow
                  key={item.id}
                  item={item}
                  busy={markRead.isPending && markRead.variables === item.id}
                  onRead={() => markRead.mutate(item.id)}
                  onFollow={() => {
                    if (!item.readAt) markRead.mutate(item.id);
                    setOpened(false);
                  }}
                />
              ))}
            </Stack>
          )}
          {list.hasNextPage && (
            <Button
              fullWidth
              variant="subtle"
              size="xs"
              mt="xs"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {tn.loadMore}
            </Button>
          )}
        </ScrollArea.Autosize>
        <ButtonLink
          to="/perawatan"
          variant="light"
          fullWidth
          mt="xs"
          size="xs"
          onClick={() => setOpened(false)}
        >
          {tn.openCare}
        </ButtonLink>
      </Popover.Dropdown>
    </Popover>
  );
}
