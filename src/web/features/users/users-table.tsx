import { ActionIcon, Badge, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import type { User } from '../../../shared/contracts/users';
import { listAssignableRoles } from '../../../shared/domain/roles';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { TableFrame } from '../../ui/table-frame';

const statusColor = { active: 'teal', invited: 'blue', disabled: 'gray' } as const;

export interface UserRowHandlers {
  onChangeRole: (user: User) => void;
  onToggleDisabled: (user: User) => void;
  onNewLink: (user: User) => void;
}

function RowActions({ user, handlers }: { user: User; handlers: UserRowHandlers }) {
  const { t } = useT();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={fill(t.users.rowActions, { name: user.name })}
          data-testid="user-row-actions"
        >
          <Text fw={700} aria-hidden>
            ⋯
          </Text>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() => {
            handlers.onChangeRole(user);
          }}
        >
          {t.users.changeRole}
        </Menu.Item>
        <Menu.Item
          onClick={() => {
            handlers.onNewLink(user);
          }}
        >
          {t.users.newLink}
        </Menu.Item>
        <Menu.Item
          color={user.status === 'disabled' ? undefined : 'red'}
          onClick={() => {
            handlers.onToggleDisabled(user);
          }}
        >
          {user.status === 'disabled' ? t.users.enable : t.users.disable}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Users with role and status; actions only where the current user may act (never on their own row). */
export function UsersTable({ users, handlers }: { users: User[]; handlers: UserRowHandlers }) {
  const { t, locale } = useT();
  const me = useMe();
  const canManage = me.permissions.includes('users.manage');
  const assignable = listAssignableRoles(me.user.role);

  return (
    <TableFrame minWidth={720}>
      <Table
        stickyHeader

        highlightOnHover
        verticalSpacing="sm"
        data-testid="users-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.users.name}</Table.Th>
            <Table.Th>{t.users.email}</Table.Th>
            <Table.Th>{t.users.role}</Table.Th>
            <Table.Th>{t.users.status}</Table.Th>
            <Table.Th>{t.users.lastLogin}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t.common.actions}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const isSelf = user.id === me.user.id;
            const actionable = canManage && !isSelf && assignable.includes(user.role);
            return (
              <Table.Tr key={user.id} data-testid="user-row" data-user-email={user.email}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {user.name}
                    </Text>
                    {isSelf && (
                      <Badge size="xs" variant="light">
                        {t.common.you}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{user.email}</Text>
                </Table.Td>
                <Table.Td>{t.roles[user.role]}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor[user.status]} variant="light" miw="max-content">
                    {t.userStatus[user.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
                    {user.lastLoginAt
                      ? formatDateTime(user.lastLoginAt, locale, me.institution.timeZone)
                      : t.common.never}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{actionable && <RowActions user={user} handlers={handlers} />}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
