import { Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { Locale } from '../../shared/contracts/auth';
import { useSignOut } from '../features/auth/use-sign-out';
import { useT } from '../lib/i18n';
import { useMe } from '../lib/me-query';
import { fill } from '../../shared/i18n/catalog';
import { ConfirmModal } from '../ui/confirm-modal';
import { useArrivedTrigger } from '../ui/use-deferred-part';
import { UserBadge } from './user-menu';

const localeOptions: Locale[] = ['id', 'en'];

/** The user menu itself, loaded at the first sign it is wanted (UserMenu draws a stand-in). */
export function UserMenuDropdown({
  onCalendar,
  openAtOnce,
  takeFocus,
}: {
  onCalendar: () => void;
  openAtOnce: boolean;
  takeFocus: boolean;
}) {
  const { t, locale, setLocale } = useT();
  const me = useMe();
  const { signOut, signOutDiscarding, cancel, unsent, signingOut } = useSignOut();
  const { opened, setOpened, target } = useArrivedTrigger(takeFocus, openAtOnce);

  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal opened={opened} onChange={setOpened} returnFocus>
        <Menu.Target>
          <UnstyledButton ref={target} data-testid="user-menu" style={{ borderRadius: 999 }}>
            <UserBadge name={me.user.name} />
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
          <Menu.Item onClick={onCalendar} data-testid="calendar-feed-link">
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
      <ConfirmModal
        opened={unsent > 0}
        title={t.offline.signOutPendingTitle}
        body={fill(t.offline.signOutPendingBody, { count: unsent })}
        confirmLabel={t.offline.signOutAnyway}
        danger
        loading={signingOut}
        onConfirm={signOutDiscarding}
        onClose={cancel}
      />
    </>
  );
}
