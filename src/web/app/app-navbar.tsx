import { Box, NavLink, Stack } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useT } from '../lib/i18n';
import { useMe } from '../lib/me-query';
import { OverdueFollowUpsBadge } from '../features/follow-ups/overdue-follow-ups-badge';
import { NavLinkLink } from '../ui/router-links';
import { isActivePath, mainNavItems, settingsNavItems } from './nav-items';

/** The main menu; items the role may not open are not shown. */
export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useT();
  const me = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const allowed = (permission?: (typeof me.permissions)[number]) =>
    permission === undefined || me.permissions.includes(permission);
  const settingsItems = settingsNavItems.filter((item) => allowed(item.permission));

  return (
    // A plain scrolling box: Mantine's ScrollArea would be the first page's only user of it (S11).
    <Box component="nav" aria-label={t.nav.main} style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>
      <Stack gap={2} p="xs">
        {mainNavItems
          .filter((item) => allowed(item.permission))
          .map((item) => (
            <NavLinkLink
              key={item.to}
              to={item.to}
              label={t.nav[item.key]}
              rightSection={item.badge === 'overdueFollowUps' ? <OverdueFollowUpsBadge /> : undefined}
              active={isActivePath(pathname, item.to)}
              onClick={onNavigate}
              data-testid={item.testId}
            />
          ))}
        {settingsItems.length > 0 && (
          <NavLink
            label={t.nav.settings}
            defaultOpened={pathname.startsWith('/pengaturan')}
            active={false}
            data-testid="nav-settings"
          >
            {settingsItems.map((item) => (
              <NavLinkLink
                key={item.to}
                to={item.to}
                label={t.nav[item.key]}
                active={isActivePath(pathname, item.to)}
                onClick={onNavigate}
                data-testid={item.testId}
              />
            ))}
          </NavLink>
        )}
      </Stack>
    </Box>
  );
}
