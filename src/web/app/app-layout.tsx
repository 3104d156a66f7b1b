import { Suspense } from 'react';
import { AppShell, Burger, Container, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { useT } from '../lib/i18n';
import { useMe } from '../lib/me-query';
import { PageLoader } from '../ui/page-loader';
import { AnchorLink } from '../ui/router-links';
import { AppNavbar } from './app-navbar';
import { UserMenu } from './user-menu';
import { NotificationBell } from '../features/notifications/notification-bell';
import { SyncStatus } from '../features/offline/sync-status';
import { ViewingBanner } from '../features/region/viewing-banner';

/** Header (institution, user menu), collapsible navbar, and the page. */
export function AppLayout() {
  const { t } = useT();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t.shell.toggleNavigation}
              aria-expanded={opened}
              data-testid="nav-toggle"
            />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <AnchorLink to="/" underline="never" fw={800} fz="lg" c="teal.8" lh={1.1}>
                {t.common.appName}
              </AnchorLink>
              <Text size="xs" c="dimmed" truncate data-testid="institution-name">
                {me.institution.name}
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <SyncStatus />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <AppNavbar onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="xl" px={0}>
          <ViewingBanner />
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
