import { useState } from 'react';
import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken } from '../../../shared/contracts/api-tokens';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { RequirePermission } from '../../ui/require-permission';
import { useNotify } from '../../ui/use-notify';
import { apiTokensQueryKey, apiTokensQueryOptions, revokeApiToken } from './api-tokens-api';
import { CreateTokenModal } from './create-token-modal';
import { TableFrame } from '../../ui/table-frame';

function TokensContent({ onCreate }: { onCreate: () => void }) {
  const { t, locale } = useT();
  const me = useMe();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const tokens = useQuery(apiTokensQueryOptions);
  const [revokeTarget, setRevokeTarget] = useState<ApiToken | null>(null);
  const when = (value: string | null) =>
    value ? formatDateTime(value, locale, me.institution.timeZone) : t.common.never;

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => revokeApiToken(token.id),
    onSuccess: (_ok, token) => {
      setRevokeTarget(null);
      notify.success(fill(t.apiTokens.revokedDone, { name: token.name }));
      void queryClient.invalidateQueries({ queryKey: apiTokensQueryKey });
    },
    onError: (error) => {
      notify.error(error);
    },
  });

  if (tokens.isPending) return <PageLoader />;
  if (tokens.isError) return <ErrorAlert error={tokens.error} />;
  if (tokens.data.items.length === 0) {
    return (
      <EmptyPanel
        testId="api-tokens-empty"
        title={t.apiTokens.emptyTitle}
        description={t.apiTokens.emptyBody}
        actions={<Button onClick={onCreate}>{t.apiTokens.create}</Button>}
      />
    );
  }

  return (
    <>
      <TableFrame minWidth={720}>
        <Table
          stickyHeader

          verticalSpacing="sm"
          data-testid="api-tokens-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.apiTokens.name}</Table.Th>
              <Table.Th>{t.apiTokens.prefix}</Table.Th>
              <Table.Th>{t.apiTokens.owner}</Table.Th>
              <Table.Th>{t.apiTokens.created}</Table.Th>
              <Table.Th>{t.apiTokens.lastUsed}</Table.Th>
              <Table.Th>{t.apiTokens.status}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t.common.actions}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.items.map((token) => (
              <Table.Tr key={token.id} data-testid="api-token-row">
                <Table.Td fw={500}>{token.name}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {token.prefix}…
                  </Text>
                </Table.Td>
                <Table.Td>{token.ownerName}</Table.Td>
                <Table.Td>{when(token.createdAt)}</Table.Td>
                <Table.Td>{when(token.lastUsedAt)}</Table.Td>
                <Table.Td>
                  <Badge color={token.revokedAt ? 'gray' : 'teal'} variant="light" miw="max-content">
                    {token.revokedAt ? t.apiTokens.revoked : t.apiTokens.active}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {!token.revokedAt && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={fill(t.apiTokens.revokeLabel, { name: token.name })}
                      onClick={() => {
                        setRevokeTarget(token);
                      }}
                    >
                      {t.apiTokens.revoke}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
      {revokeTarget && (
        <ConfirmModal
          opened
          title={fill(t.apiTokens.revokeTitle, { name: revokeTarget.name })}
          body={t.apiTokens.revokeBody}
          confirmLabel={t.apiTokens.revoke}
          danger
          loading={revoke.isPending}
          onConfirm={() => {
            revoke.mutate(revokeTarget);
          }}
          onClose={() => {
            setRevokeTarget(null);
          }}
        />
      )}
    </>
  );
}

/** Pengaturan › Token API. */
export function ApiTokensPage() {
  const { t } = useT();
  const [creating, setCreating] = useState(false);
  const canManage = useMe().permissions.includes('apiTokens.manage');
  return (
    <>
      <PageHeader
        title={t.apiTokens.title}
        description={t.apiTokens.intro}
        actions={
          canManage && (
            <Button
              onClick={() => {
                setCreating(true);
              }}
              data-testid="create-api-token"
            >
              {t.apiTokens.create}
            </Button>
          )
        }
      />
      <RequirePermission permission="apiTokens.manage">
        <TokensContent
          onCreate={() => {
            setCreating(true);
          }}
        />
      </RequirePermission>
      {creating && (
        <CreateTokenModal
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </>
  );
}
