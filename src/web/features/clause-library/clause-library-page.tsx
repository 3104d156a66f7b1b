import { useState } from 'react';
import { Badge, Button, Group, Paper, Spoiler, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { agreementKinds, type AgreementKind } from '../../../shared/domain/agreement-status';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { RequirePermission } from '../../ui/require-permission';
import { useNotify } from '../../ui/use-notify';
import {
  clauseTemplatesKey,
  clauseTemplatesQueryOptions,
  resetClauseTemplate,
  type ClauseTemplate,
} from './clause-library-api';
import { ClauseEditorModal } from './clause-editor-modal';
import { ClauseVersions } from './clause-versions';

interface ClauseCardProps {
  clause: ClauseTemplate;
  kind: AgreementKind;
  canManage: boolean;
  onEdit: () => void;
  onReset: () => void;
}

function ClauseCard({ clause, kind, canManage, onEdit, onReset }: ClauseCardProps) {
  const { t, locale } = useT();
  const tc = t.clauseLibrary;
  const me = useMe();
  const [showHistory, setShowHistory] = useState(false);
  return (
    <Paper withBorder radius="sm" p="md" data-testid="clause-card" data-key={clause.key}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
            <Title order={3} size="h5" data-testid="clause-title">
              {clause.title}
            </Title>
            <Group gap="xs">
              <Badge
                variant={clause.isDefault ? 'outline' : 'light'}
                color={clause.isDefault ? 'gray' : 'teal'}
                tt="none"
                data-testid="clause-version-badge"
              >
                {clause.isDefault ? tc.builtIn : fill(tc.ownVersion, { version: clause.version })}
              </Badge>
              {!clause.isDefault && clause.updatedAt && (
                <Text size="xs" c="dimmed">
                  {fill(tc.updatedAt, {
                    time: formatDateTime(clause.updatedAt, locale, me.institution.timeZone),
                  })}
                </Text>
              )}
            </Group>
          </Stack>
          <Group gap={4}>
            {canManage && (
              <Button size="compact-sm" variant="light" onClick={onEdit} data-testid="clause-edit">
                {tc.edit}
              </Button>
            )}
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setShowHistory((shown) => !shown)}
              aria-expanded={showHistory}
              data-testid="clause-history-toggle"
            >
              {tc.history}
            </Button>
            {canManage && !clause.isDefault && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={onReset}
                data-testid="clause-reset"
              >
                {tc.reset}
              </Button>
            )}
          </Group>
        </Group>
        <Spoiler maxHeight={96} showLabel="…" hideLabel="▲">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="clause-body">
            {clause.body}
          </Text>
        </Spoiler>
        {showHistory && <ClauseVersions clauseKey={clause.key} kind={kind} />}
      </Stack>
    </Paper>
  );
}

function KindClauses({ kind, canManage }: { kind: AgreementKind; canManage: boolean }) {
  const { t } = useT();
  const tc = t.clauseLibrary;
  const queryClient = useQueryClient();
  const notify = useNotify();
  const list = useQuery(clauseTemplatesQueryOptions(kind));
  const [editing, setEditing] = useState<ClauseTemplate | null>(null);
  const [resetting, setResetting] = useState<ClauseTemplate | null>(null);
  const reset = useMutation({
    mutationFn: (clause: ClauseTemplate) => resetClauseTemplate(clause.key, kind),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: clauseTemplatesKey });
      notify.success(tc.resetDone);
      setResetting(null);
    },
    onError: (error) => notify.error(error),
  });
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  return (
    <Stack gap="sm" data-testid="clause-list" data-kind={kind}>
      {list.data.items.map((clause) => (
        <ClauseCard
          key={clause.key}
          clause={clause}
          kind={kind}
          canManage={canManage}
          onEdit={() => setEditing(clause)}
          onReset={() => setResetting(clause)}
        />
      ))}
      {editing && (
        <ClauseEditorModal
          clause={editing}
          kind={kind}
          placeholders={list.data.placeholders}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={resetting !== null}
        title={tc.resetTitle}
        body={fill(tc.resetBody, { title: resetting?.title ?? '' })}
        confirmLabel={tc.reset}
        danger
        loading={reset.isPending}
        onConfirm={() => resetting && reset.mutate(resetting)}
        onClose={() => setResetting(null)}
      />
    </Stack>
  );
}

/** Pengaturan › Pustaka klausul: the article texts per agreement kind, versioned per institution. */
export function ClauseLibraryPage() {
  const { t } = useT();
  const tc = t.clauseLibrary;
  const canManage = useCan('clauses.manage');
  const [kind, setKind] = useState<AgreementKind>('mou');
  return (
    <>
      <PageHeader title={tc.title} description={tc.intro} />
      <RequirePermission permission="agreements.read">
        <Stack gap="md">
          {!canManage && (
            <Text size="sm" c="dimmed" data-testid="clauses-read-only">
              {tc.readOnly}
            </Text>
          )}
          <Tabs
            value={kind}
            onChange={(value) => setKind(agreementKinds.find((item) => item === value) ?? 'mou')}
          >
            <Tabs.List>
              {agreementKinds.map((item) => (
                <Tabs.Tab key={item} value={item} data-testid={`clause-kind-${item}`}>
                  {tc.kinds[item]}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
          <KindClauses key={kind} kind={kind} canManage={canManage} />
        </Stack>
      </RequirePermission>
    </>
  );
}
