import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { CalendarOccasion, Occasion } from '../../../shared/contracts/occasions';
import type { CalendarOccasionKind } from '../../../shared/domain/care-vocabulary';
import { localDateOf } from '../../../shared/domain/local-date';
import { fill } from '../../../shared/i18n/catalog';
import { toIntlLocale } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { ComposeMessageButton } from '../messages/compose-message-button';
import { OccasionFormModal, type EditableOccasion } from './occasion-form-modal';
import {
  calendarOccasionsQueryOptions,
  storedOccasionsQueryOptions,
  useDeleteOccasion,
} from './occasions-api';

const kindColors: Record<CalendarOccasionKind, string> = {
  national_holiday: 'red',
  cuti_bersama: 'orange',
  agreement_anniversary: 'teal',
  partner_founded: 'grape',
  product_launch: 'blue',
  custom: 'gray',
};

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function editable(stored: Occasion, partnerName: string | null): EditableOccasion {
  return { ...stored, partnerName };
}

function OccasionRow({
  occasion,
  stored,
  onEdit,
  onDelete,
}: {
  occasion: CalendarOccasion;
  stored: Occasion | undefined;
  onEdit: (occasion: EditableOccasion) => void;
  onDelete: (occasion: Occasion) => void;
}) {
  const { t, locale } = useT();
  const tu = t.occasionsUi;
  const canWrite = useCan('care.write');
  const day = new Intl.DateTimeFormat(toIntlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${occasion.date}T00:00:00Z`));
  return (
    <Paper withBorder p="sm" radius="md" data-testid="occasion-row" data-kind={occasion.kind}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ flex: 1, minWidth: 240 }}>
          <Text fw={700} w={96} style={{ flexShrink: 0 }}>
            {day}
          </Text>
          <Stack gap={4}>
            <Text fw={600}>
              {occasion.title}
              {occasion.years !== null && ` · ${fill(tu.yearsOf, { years: String(occasion.years) })}`}
            </Text>
            <Group gap={6}>
              <Badge variant="light" color={kindColors[occasion.kind]}>
                {tu.kinds[occasion.kind]}
              </Badge>
              {occasion.provisional && (
                <Tooltip label={tu.provisionalHint}>
                  <Badge variant="outline" color="yellow" data-testid="occasion-provisional">
                    {tu.provisional}
                  </Badge>
                </Tooltip>
              )}
              {occasion.partnerId && occasion.partnerName && occasion.kind !== 'partner_founded' && (
                <AnchorLink to="/mitra/$partnerId" params={{ partnerId: occasion.partnerId }} size="sm">
                  {occasion.partnerName}
                </AnchorLink>
              )}
            </Group>
          </Stack>
        </Group>
        <Group gap="xs">
          {occasion.greeting && (
            <ComposeMessageButton
              partnerId={occasion.partnerId}
              purpose="greeting"
              occasionRef={occasion.id}
              label={tu.sendGreeting}
              testId="occasion-greet"
            />
          )}
          {stored && canWrite && (
            <>
              <Button
                variant="subtle"
                size="xs"
                onClick={() => onEdit(editable(stored, occasion.partnerName))}
              >
                {tu.edit}
              </Button>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={tu.remove}
                onClick={() => onDelete(stored)}
                data-testid="occasion-delete"
              >
                ×
              </ActionIcon>
            </>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

/** Technique 5: the coming year's occasions by month, each with its greeting button. */
export function OccasionsPanel() {
  const { t, locale } = useT();
  const tu = t.occasionsUi;
  const zone = useMe().institution.timeZone;
  const canWrite = useCan('care.write');
  const today = localDateOf(new Date(), zone);
  const to = addDays(today, 365);
  const calendar = useQuery(calendarOccasionsQueryOptions(today, to));
  const stored = useQuery(storedOccasionsQueryOptions);
  const [editing, setEditing] = useState<EditableOccasion | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Occasion | null>(null);
  const remove = useDeleteOccasion();

  if (calendar.isPending) return <PageLoader />;
  if (calendar.isError) return <ErrorAlert error={calendar.error} />;
  const byId = new Map((stored.data?.items ?? []).map((o) => [o.id, o]));
  const months = new Map<string, CalendarOccasion[]>();
  for (const occasion of calendar.data.items) {
    const key = occasion.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), occasion]);
  }
  const monthName = (key: string) =>
    new Intl.DateTimeFormat(toIntlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${key}-01T00:00:00Z`),
    );
  const addButton = canWrite && (
    <Button onClick={() => setEditing('new')} data-testid="occasion-add">
      {tu.add}
    </Button>
  );

  return (
    <Stack gap="md" data-testid="occasions-panel">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2} style={{ flex: 1, minWidth: 240 }}>
          <Title order={2} size="h4">
            {tu.heading}
          </Title>
          <Text size="sm" c="dimmed">
            {tu.intro}
          </Text>
        </Stack>
        {addButton}
      </Group>
      {months.size === 0 && (
        <EmptyPanel
          title={tu.emptyTitle}
          description={tu.emptyDescription}
          actions={addButton || undefined}
        />
      )}
      {[...months.entries()].map(([key, items]) => (
        <Stack key={key} gap="xs" data-testid="occasion-month">
          <Title order={3} size="h5" tt="capitalize">
            {monthName(key)}
          </Title>
          {items.map((occasion) => (
            <OccasionRow
              key={occasion.id}
              occasion={occasion}
              stored={occasion.occasionId ? byId.get(occasion.occasionId) : undefined}
              onEdit={setEditing}
              onDelete={setDeleting}
            />
          ))}
        </Stack>
      ))}
      {editing && (
        <OccasionFormModal existing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={tu.remove}
        body={fill(tu.removeConfirm, { title: deleting?.title ?? '' })}
        confirmLabel={tu.remove}
        danger
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
