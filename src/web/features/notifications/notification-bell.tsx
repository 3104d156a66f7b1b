import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ButtonLink } from '../../ui/router-links';
import { NotificationRow } from './notification-row';
import {
  notificationListQueryOptions,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from './notifications-api';

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The header's bell: my unread count, and the list of my reminders to mark read or follow. */
export function NotificationBell() {
  const { t } = useT();
  const tn = t.notificationsUi;
  const [opened, setOpened] = useState(false);
  const list = useInfiniteQuery(notificationListQueryOptions);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const label = unread > 0 ? `${tn.bellLabel}: ${fill(tn.unreadBadge, { count: unread })}` : tn.bellLabel;

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width="min(400px, calc(100vw - 16px))"
      shadow="md"
      withinPortal
    >
      <Popover.Target>
        <Indicator
          disabled={unread === 0}
          label={unread > 99 ? '99+' : unread}
          size={18}
          color="red"
          offset={4}
          data-testid="notification-count"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            radius="xl"
            aria-label={label}
            aria-expanded={opened}
            onClick={() => setOpened((value) => !value)}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
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
