import { useState } from 'react';
import { Button, Table, Text, UnstyledButton } from '@mantine/core';
import type { InstitutionRollup } from '../../../shared/contracts/reports';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { TableFrame } from '../../ui/table-frame';

type SortKey =
  'name' | 'partners' | 'activeAgreements' | 'expiringAgreements' | 'neglectedPartners' | 'outcomes';

// Outcomes differ in unit (people, places, hours); the column sorts by learners trained, the first.
const learnersTrained = (row: InstitutionRollup) =>
  row.outcomes.find((outcome) => outcome.kind === 'learners_trained')?.total ?? 0;

function sortValue(row: InstitutionRollup, key: SortKey): number | string {
  if (key === 'name') return row.name.toLocaleLowerCase('id');
  if (key === 'outcomes') return learnersTrained(row);
  return row[key];
}

interface RegionTableProps {
  institutions: InstitutionRollup[];
  onView: (institution: InstitutionRollup) => void;
}

/** One row per institution, sortable by any column (numbers largest first). */
export function RegionTable({ institutions, onView }: RegionTableProps) {
  const { t, locale } = useT();
  const me = useMe();
  const tr = t.regionUi;
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const rows = [...institutions].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return sort.ascending ? order : -order;
  });
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <Table.Th aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton
          fw={600}
          fz="sm"
          aria-label={fill(tr.sortBy, { column: label })}
          data-testid={`region-sort-${key}`}
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : key === 'name' })}
        >
          {label}
          {active ? (sort.ascending ? ' ▲' : ' ▼') : ''}
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <TableFrame minWidth={900}>
      <Table striped highlightOnHover stickyHeader aria-label={tr.tableLabel} data-testid="region-table">
        <Table.Thead>
          <Table.Tr>
            {header('name', tr.institution)}
            {header('partners', tr.partners)}
            {header('activeAgreements', tr.activeAgreements)}
            {header('expiringAgreements', tr.expiringAgreements)}
            {header('neglectedPartners', tr.neglectedPartners)}
            {header('outcomes', tr.outcomes)}
            <Table.Th>{tr.computedAt}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid="region-row" data-institution-id={row.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {row.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.regionName ?? row.regionCode ?? ''}
                </Text>
              </Table.Td>
              <Table.Td data-testid="cell-partners">{row.partners}</Table.Td>
              <Table.Td data-testid="cell-active">{row.activeAgreements}</Table.Td>
              <Table.Td>{row.expiringAgreements}</Table.Td>
              <Table.Td>{row.neglectedPartners}</Table.Td>
              <Table.Td data-testid="cell-outcomes">
                {row.outcomes.some((outcome) => outcome.total > 0)
                  ? row.outcomes
                      .filter((outcome) => outcome.total > 0)
                      .map((outcome) => (
                        <Text key={outcome.kind} size="xs">
                          {t.outcomeKinds[outcome.kind]}: {formatNumber(outcome.total, locale)}
                        </Text>
                      ))
                  : '—'}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {row.computedAt
                    ? formatDateTime(row.computedAt, locale, me.institution.timeZone)
                    : tr.notComputed}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => onView(row)} data-testid="region-view">
                  {tr.view}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
