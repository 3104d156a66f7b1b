import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Holiday } from '../../../shared/contracts/occasions';
import { fill } from '../../../shared/i18n/catalog';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { TableFrame } from '../../ui/table-frame';
import { HolidayFormModal } from './holiday-form-modal';
import { holidayYearQueryOptions, useDeleteHoliday, useSetCutiBersama } from './occasions-api';

/** Pengaturan → Hari libur: each year's list, correctable by administrators, and the cuti bersama switch. */
export function HolidaysPage() {
  const { t, locale } = useT();
  const th = t.occasionsUi.holidays;
  const me = useMe();
  const canManage = useCan('holidays.manage');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(Math.max(thisYear, 2026));
  const query = useQuery(holidayYearQueryOptions(year));
  const [editing, setEditing] = useState<Holiday | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Holiday | null>(null);
  const remove = useDeleteHoliday();
  const setCuti = useSetCutiBersama();
  const years = [2026, 2027, 2028, thisYear, thisYear + 1]
    .filter((y, i, all) => all.indexOf(y) === i)
    .sort()
    .map(String);

  const sourceLabel = {
    institution: th.sourceInstitution,
    official: th.sourceOfficial,
    provisional: th.sourceProvisional,
  };

  return (
    <>
      <PageHeader
        title={th.title}
        description={th.description}
        actions={
          canManage && (
            <Button onClick={() => setEditing('new')} data-testid="holiday-add">
              {th.add}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={th.year}
            data={years}
            value={String(year)}
            onChange={(value) => value && setYear(Number(value))}
            allowDeselect={false}
            w={120}
            data-testid="holiday-year"
          />
          {query.data && (
            <Badge
              size="lg"
              variant="light"
              color={query.data.source === 'provisional' ? 'yellow' : 'teal'}
              data-testid="holiday-source"
            >
              {sourceLabel[query.data.source]}
            </Badge>
          )}
        </Group>
        {query.data && (
          <Switch
            label={th.observesCutiBersama}
            description={th.observesCutiBersamaHint}
            checked={query.data.observesCutiBersama}
            disabled={!canManage || setCuti.isPending}
            onChange={(e) => setCuti.mutate(e.currentTarget.checked)}
            data-testid="holiday-cuti-switch"
          />
        )}
        {!canManage && <Alert color="gray">{th.readOnly}</Alert>}
        {query.isPending && <PageLoader />}
        {query.isError && <ErrorAlert error={query.error} />}
        {query.data && (
          <TableFrame minWidth={720}>
            <Table striped data-testid="holiday-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{th.date}</Table.Th>
                  <Table.Th>{th.name}</Table.Th>
                  <Table.Th>{th.kind}</Table.Th>
                  <Table.Th>{th.yearLabel}</Table.Th>
                  <Table.Th>{th.decree}</Table.Th>
                  {canManage && <Table.Th>{th.actions}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((holiday) => (
                  <Table.Tr key={holiday.id} data-testid="holiday-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatShortDate(holiday.date, locale, me.institution.timeZone)}
                    </Table.Td>
                    <Table.Td>
                      {holiday.name}{' '}
                      {holiday.provisional && (
                        <Badge variant="outline" color="yellow" size="sm">
                          {t.occasionsUi.provisional}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={600} c={holiday.kind === 'cuti_bersama' ? 'orange.8' : 'red.8'}>
                        {t.occasionsUi.kinds[holiday.kind]}
                      </Text>
                    </Table.Td>
                    <Table.Td>{holiday.calendarYearLabel ?? '—'}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed" maw={260}>
                        {holiday.sourceDecree ?? '—'}
                      </Text>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            variant="subtle"
                            size="xs"
                            onClick={() => setEditing(holiday)}
                            data-testid="holiday-edit"
                          >
                            {t.occasionsUi.edit}
                          </Button>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t.occasionsUi.remove}
                            onClick={() => setDeleting(holiday)}
                          >
                            ×
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        )}
      </Stack>
      {editing && (
        <HolidayFormModal
          existing={editing === 'new' ? null : editing}
          year={year}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t.occasionsUi.remove}
        body={fill(th.removeConfirm, { name: deleting?.name ?? '', date: deleting?.date ?? '' })}
        confirmLabel={t.occasionsUi.remove}
        danger
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
