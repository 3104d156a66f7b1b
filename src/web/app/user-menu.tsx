import { lazy, Suspense, useState } from 'react';
import { Avatar, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMe } from '../lib/me-query';
import { useDeferredPart } from '../ui/use-deferred-part';
import './user-badge.css';

// The modal (and Mantine's Modal with it) loads when first opened, not with every first page.
const CalendarFeedModal = lazy(() =>
  import('../features/notifications/calendar-feed-modal').then((module) => ({
    default: module.CalendarFeedModal,
  })),
);
const loadDropdown = () => import('./user-menu-dropdown');

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** The avatar and name the menu opens from. */
export function UserBadge({ name }: { name: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Avatar color="teal" radius="xl" size={34} aria-hidden>
        {initialsOf(name)}
      </Avatar>
      <Text size="sm" fw={500} truncate maw={180} className="jalin-user-name" data-testid="user-name">
        {name}
      </Text>
    </Group>
  );
}

/** The user's name, the language switch (ID/EN) and "Keluar" (UserMenuDropdown, loaded when wanted). */
export function UserMenu() {
  const me = useMe();
  const deferred = useDeferredPart(loadDropdown);
  const [calendarOpened, calendar] = useDisclosure(false);
  // Mounted from the first opening on, so later closings still animate.
  const [calendarWanted, setCalendarWanted] = useState(false);
  if (calendarOpened && !calendarWanted) setCalendarWanted(true);
  const Dropdown = deferred.part?.UserMenuDropdown;

  return (
    <>
      {Dropdown ? (
        <Dropdown
          onCalendar={calendar.open}
          openAtOnce={deferred.openOnArrival}
          takeFocus={deferred.focusOnArrival}
        />
      ) : (
        <UnstyledButton data-testid="user-menu" style={{ borderRadius: 999 }} {...deferred.triggerProps}>
          <UserBadge name={me.user.name} />
        </UnstyledButton>
      )}
      {calendarWanted && (
        <Suspense fallback={null}>
          <CalendarFeedModal opened={calendarOpened} onClose={calendar.close} />
        </Suspense>
      )}
    </>
  );
}
