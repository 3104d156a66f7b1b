import { lazy, Suspense, useState } from 'react';
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import type { Locale } from '../../shared/contracts/auth';
import { useSignOut } from '../features/auth/use-sign-out';
import { useT } from '../lib/i18n';
import { useMe } from '../lib/me-query';

// The modal (and Mantine's Modal with it) loads when first opened, not with every first page.
const CalendarFeedModal = lazy(() =>
  import('../features/notifications/calendar-feed-modal').then((module) => ({
    default: module.CalendarFeedModal,
  })),
);

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

const localeOptions: Locale[] = ['id', 'en'];

/** The user's name, the language switch (ID/EN) and "Keluar". */
export function UserMenu() {
  const { t, locale, setLocale } = useT();
  const me = useMe();
  const { signOut, signingOut } = useSignOut();
  const [calendarOpened, calendar] = useDisclosure(false);
  // Mounted from the first opening on, so later closings still animate.
  const [calendarWanted, setCalendarWanted] = useState(false);
  if (calendarOpened && !calendarWanted) setCalendarWanted(true);

  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t.shell.userMenu} data-testid="user-menu" style={{ borderRadius: 999 }}>
            <Group gap="xs" wrap="nowrap">
              <Avatar color="teal" radius="xl" size={34}>
                {initialsOf(me.user.name)}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="sm" truncate maw={180} data-testid="user-name">
                {me.user.name}
              </Text>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t.shell.signedInAs}</Menu.Label>
          <Text px="sm" size="sm" fw={600} truncate>
            {me.user.name}
          </Text>
          <Text px="sm" pb="xs" size="xs" c="dimmed" truncate>
            {me.user.email} · {t.roles[me.user.role]}
          </Text>
          <Menu.Divider />
          <Menu.Label>{t.shell.language}</Menu.Label>
          {localeOptions.map((option) => (
            <Menu.Item
              key={option}
              onClick={() => {
                setLocale(option);
              }}
              leftSection={
                <Text size="xs" fw={700} w={20}>
                  {option.toUpperCase()}
                </Text>
              }
              rightSection={
                option === locale ? (
                  <Text size="sm" aria-hidden>
                    ✓
                  </Text>
                ) : null
              }
              aria-current={option === locale ? 'true' : undefined}
              data-testid={`locale-${option}`}
              lang={option}
            >
              {t.locales[option]}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={calendar.open} data-testid="calendar-feed-link">
            {t.notificationsUi.calendarMenu}
          </Menu.Item>
          <Menu.Item renderRoot={(props) => <Link to="/tentang" {...props} />} data-testid="about-link">
            {t.about.menuLink}
          </Menu.Item>
          <Menu.Item color="red" onClick={signOut} disabled={signingOut} data-testid="logout">
            {t.shell.signOut}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {calendarWanted && (
        <Suspense fallback={null}>
          <CalendarFeedModal opened={calendarOpened} onClose={calendar.close} />
        </Suspense>
      )}
    </>
  );
}
