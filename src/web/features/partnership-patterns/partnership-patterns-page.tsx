import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { PartnershipPatternItem } from '../../../shared/contracts/partnership-patterns';
import { builtInPatterns } from '../../../shared/domain/partnership-stages';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { RequirePermission } from '../../ui/require-permission';
import { AnchorLink } from '../../ui/router-links';
import { partnershipPatternsQueryOptions } from './partnership-patterns-api';
import { PatternDeleteModal } from './pattern-delete-modal';
import { PatternFormModal } from './pattern-form-modal';

function PartnershipCount({ code, count }: { code: string; count: number }) {
  const { t } = useT();
  const text = fill(t.partnershipPatternsUi.partnershipCount, { count });
  if (count === 0)
    return (
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    );
  return (
    <AnchorLink to="/kemitraan" search={{ pattern: code, view: 'list' }} size="sm">
      {text}
    </AnchorLink>
  );
}

function BuiltInPatterns({ counts }: { counts: Map<string, number> }) {
  const { t } = useT();
  const tp = t.partnershipPatternsUi;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="built-in-patterns">
      <Group gap="xs">
        <Title order={2} size="h4" id="built-in-patterns">
          {tp.builtInTitle}
        </Title>
        <Badge size="sm" variant="outline" color="gray" tt="none">
          {tp.builtInBadge}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {tp.builtInNote}
      </Text>
      <Stack gap="sm" data-testid="built-in-patterns">
        {builtInPatterns.map((code) => (
          <div key={code} data-testid="built-in-pattern">
            <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={500}>{t.partnershipPatterns[code]}</Text>
              <PartnershipCount code={code} count={counts.get(code) ?? 0} />
            </Group>
            <Text size="sm" c="dimmed">
              {t.partnershipPatternDescriptions[code]}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function OwnPattern({
  pattern,
  canManage,
  onEdit,
  onRemove,
}: {
  pattern: PartnershipPatternItem;
  canManage: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useT();
  const tp = t.partnershipPatternsUi;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="pattern-row" data-code={pattern.code}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
          <Text fw={500} data-testid="pattern-row-name">
            {pattern.name}
          </Text>
          <Text size="sm" c={pattern.description ? undefined : 'dimmed'}>
            {pattern.description ?? tp.noDescription}
          </Text>
          <Group gap="sm">
            <Text size="xs" c="dimmed" ff="monospace">
              {pattern.code}
            </Text>
            <PartnershipCount code={pattern.code} count={pattern.partnershipCount} />
          </Group>
        </Stack>
        {canManage && (
          <Group gap={4} wrap="nowrap">
            <Button
              variant="subtle"
              size="compact-sm"
              aria-label={fill(tp.editNamed, { name: pattern.name })}
              onClick={onEdit}
              data-testid="pattern-edit"
            >
              {tp.edit}
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              aria-label={fill(tp.removeNamed, { name: pattern.name })}
              onClick={onRemove}
              data-testid="pattern-delete"
            >
              {tp.remove}
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}

function Patterns({ canManage, onAdd }: { canManage: boolean; onAdd: () => void }) {
  const { t } = useT();
  const tp = t.partnershipPatternsUi;
  const list = useQuery(partnershipPatternsQueryOptions);
  const [editing, setEditing] = useState<PartnershipPatternItem | null>(null);
  const [removing, setRemoving] = useState<PartnershipPatternItem | null>(null);

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const counts = new Map(list.data.items.map((item) => [item.code, item.partnershipCount]));
  const own = list.data.items.filter((item) => !item.builtIn);
  return (
    <Stack gap="md">
      <BuiltInPatterns counts={counts} />
      {own.length === 0 ? (
        <EmptyPanel
          testId="patterns-empty"
          title={tp.emptyTitle}
          description={canManage ? tp.emptyBody : tp.emptyReadOnly}
          actions={canManage && <Button onClick={onAdd}>{tp.add}</Button>}
        />
      ) : (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="own-patterns">
          <Title order={2} size="h4" mb="sm" id="own-patterns">
            {tp.ownTitle}
          </Title>
          <Stack gap="xs" data-testid="patterns-list">
            {own.map((pattern) => (
              <OwnPattern
                key={pattern.code}
                pattern={pattern}
                canManage={canManage}
                onEdit={() => setEditing(pattern)}
                onRemove={() => setRemoving(pattern)}
              />
            ))}
          </Stack>
        </Paper>
      )}
      {editing && <PatternFormModal pattern={editing} onClose={() => setEditing(null)} />}
      {removing && <PatternDeleteModal pattern={removing} onClose={() => setRemoving(null)} />}
    </Stack>
  );
}

/** Pengaturan › Pola kemitraan: the guide's four (fixed) and the institution's own. */
export function PartnershipPatternsPage() {
  const { t } = useT();
  const tp = t.partnershipPatternsUi;
  const canManage = useCan('partnerCategories.manage');
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeader
        title={tp.title}
        description={tp.intro}
        actions={
          canManage && (
            <Button onClick={() => setAdding(true)} data-testid="pattern-add">
              {tp.add}
            </Button>
          )
        }
      />
      <RequirePermission permission="partnerships.read">
        <Stack gap="md">
          {!canManage && (
            <Text size="sm" c="dimmed" data-testid="patterns-read-only">
              {tp.readOnly}
            </Text>
          )}
          <Patterns canManage={canManage} onAdd={() => setAdding(true)} />
        </Stack>
      </RequirePermission>
      {adding && <PatternFormModal onClose={() => setAdding(false)} />}
    </>
  );
}
