import { forwardRef, useState } from 'react';
import { ActionIcon, Indicator } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useDeferredPart } from '../../ui/use-deferred-part';
import { notificationListQueryOptions } from './notifications-api';

const loadPopover = () => import('./notification-popover');

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

interface BellButtonProps {
  unread: number;
  label: string;
  opened: boolean;
  onClick: () => void;
  onPointerEnter?: () => void;
  onFocus?: () => void;
}

/** The bell with my unread count; the popover's target once it has loaded. */
export const BellButton = forwardRef<HTMLButtonElement, BellButtonProps>(function BellButton(
  { unread, label, opened, ...handlers },
  ref,
) {
  return (
    <Indicator
      disabled={unread === 0}
      label={unread > 99 ? '99+' : unread}
      size={18}
      color="red"
      offset={4}
      data-testid="notification-count"
    >
      <ActionIcon
        ref={ref}
        variant="subtle"
        color="gray"
        size="lg"
        radius="xl"
        aria-label={label}
        aria-expanded={opened}
        data-testid="notification-bell"
        {...handlers}
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
});

/**
 * The header's bell: my unread count, and the list of my reminders to mark read or follow
 * (NotificationPopover, loaded when first wanted).
 */
export function NotificationBell() {
  const { t } = useT();
  const tn = t.notificationsUi;
  const [opened, setOpened] = useState(false);
  const list = useInfiniteQuery(notificationListQueryOptions);
  const deferred = useDeferredPart(loadPopover);
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  const label = unread > 0 ? `${tn.bellLabel}: ${fill(tn.unreadBadge, { count: unread })}` : tn.bellLabel;
  const Popover = deferred.part?.NotificationPopover;
  if (Popover) {
    return (
      <Popover
        opened={opened}
        onChange={setOpened}
        unread={unread}
        label={label}
        takeFocus={deferred.focusOnArrival}
      />
    );
  }
  const { ref, onClick, ...intent } = deferred.triggerProps;
  return (
    <BellButton
      ref={ref}
      unread={unread}
      label={label}
      opened={false}
      onClick={() => {
        setOpened(true);
        onClick();
      }}
      {...intent}
    />
  );
}
