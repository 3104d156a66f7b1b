import { useState } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { User } from '../../../shared/contracts/users';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { RequirePermission } from '../../ui/require-permission';
import { useNotify } from '../../ui/use-notify';
import { AddUserModal } from './add-user-modal';
import { ChangeRoleModal } from './change-role-modal';
import { PasswordLinkView, type PasswordLink } from './password-link-view';
import { UsersTable } from './users-table';
import { createPasswordLink, updateUser, usersListQueryOptions, usersQueryKey } from './users-api';
import { ExportMenu } from '../../ui/export-menu';

function UsersContent({ onAdd }: { onAdd: (() => void) | null }) {
  const { t } = useT();
  const me = useMe();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const institutionId = me.institution.id;
  const list = useInfiniteQuery(usersListQueryOptions(institutionId));
  const [roleTarget, setRoleTarget] = useState<User | null>(null);
  const [disableTarget, setDisableTarget] = useState<User | null>(null);
  const [linkResult, setLinkResult] = useState<{ user: User; link: PasswordLink } | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: usersQueryKey(institutionId) });
  // Someone changed the user meanwhile: reload, keep the dialog (and the choice made in it) on the fresh record.
  const onRoleConflict = async () => {
    await refresh();
    const pages = queryClient.getQueryData(usersListQueryOptions(institutionId).queryKey)?.pages ?? [];
    const fresh = pages.flatMap((page) => page.items).find((user) => user.id === roleTarget?.id);
    if (fresh) setRoleTarget(fresh);
  };
  const handleError = (error: Error) => {
    if (isApiError(error, 'VERSION_CONFLICT')) {
      notify.warn(t.users.conflict);
      void refresh();
    } else notify.error(error);
  };

  const toggle = useMutation({
    mutationFn: (user: User) =>
      updateUser(institutionId, user.id, { disabled: user.status !== 'disabled', version: user.version }),
    onSuccess: (updated) => {
      setDisableTarget(null);
      notify.success(
        fill(updated.status === 'disabled' ? t.users.disabledDone : t.users.enabledDone, {
          name: updated.name,
        }),
      );
      void refresh();
    },
    onError: (error) => {
      setDisableTarget(null);
      handleError(error);
    },
  });
  const newLink = useMutation({
    mutationFn: (user: User) => createPasswordLink(institutionId, user.id).then((link) => ({ user, link })),
    onSuccess: (result) => {
      setLinkResult(result);
    },
    onError: handleError,
  });

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const users = list.data.pages.flatMap((page) => page.items);

  return (
    <Stack gap="md">
      <UsersTable
        users={users}
        handlers={{
          onChangeRole: setRoleTarget,
          onToggleDisabled: (user) => {
            if (user.status === 'disabled') toggle.mutate(user);
            else setDisableTarget(user);
          },
          onNewLink: (user) => {
            newLink.mutate(user);
          },
        }}
      />
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
      {users.length <= 1 && (
        <EmptyPanel
          testId="users-empty"
          title={t.users.emptyTitle}
          description={t.users.emptyBody}
          actions={onAdd && <Button onClick={onAdd}>{t.users.add}</Button>}
        />
      )}
      {roleTarget && (
        <ChangeRoleModal
          user={roleTarget}
          onClose={() => {
            setRoleTarget(null);
          }}
          onConflict={() => void onRoleConflict()}
          onDone={(updated) => {
            setRoleTarget(null);
            notify.success(fill(t.users.roleChanged, { name: updated.name }));
            void refresh();
          }}
        />
      )}
      {disableTarget && (
        <ConfirmModal
          opened
          title={fill(t.users.disableTitle, { name: disableTarget.name })}
          body={t.users.disableBody}
          confirmLabel={t.users.disable}
          danger
          loading={toggle.isPending}
          onConfirm={() => {
            toggle.mutate(disableTarget);
          }}
          onClose={() => {
            setDisableTarget(null);
          }}
        />
      )}
      <Modal
        opened={linkResult !== null}
        onClose={() => {
          setLinkResult(null);
        }}
        title={t.users.linkTitle}
        centered
        size="lg"
      >
        {linkResult && (
          <Stack>
            <PasswordLinkView
              link={linkResult.link}
              name={linkResult.user.name}
              email={linkResult.user.email}
            />
            <Button
              onClick={() => {
                setLinkResult(null);
              }}
              w="fit-content"
              ml="auto"
            >
              {t.common.done}
            </Button>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

/** Pengaturan › Pengguna. */
export function UsersPage() {
  const { t } = useT();
  const me = useMe();
  const [adding, setAdding] = useState(false);
  const canManage = me.permissions.includes('users.manage');
  const openAdd = canManage
    ? () => {
        setAdding(true);
      }
    : null;

  return (
    <>
      <PageHeader
        title={t.users.title}
        description={t.users.intro}
        actions={
          <Group gap="sm">
            <ExportMenu path={`/institutions/${me.institution.id}/users/export`} permission="users.read" />
            {openAdd && (
              <Button onClick={openAdd} data-testid="add-user">
                {t.users.add}
              </Button>
            )}
          </Group>
        }
      />
      <RequirePermission permission="users.read">
        <UsersContent onAdd={openAdd} />
      </RequirePermission>
      {adding && (
        <AddUserModal
          onClose={() => {
            setAdding(false);
          }}
        />
      )}
    </>
  );
}
