import { Fragment, useState } from 'react';
import { ActionIcon, Code, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { AuditEvent } from '../../../shared/contracts/audit';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { TableFrame } from '../../ui/table-frame';

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const { t } = useT();
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm">{t.common.none}</Text>
      ) : (
        <Code
          block
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 360, overflow: 'auto' }}
        >
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}

/** Time (institution's zone), actor, action, data; a row opens to show before and after. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, locale } = useT();
  const me = useMe();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  return (
    <TableFrame minWidth={720}>
      <Table stickyHeader verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>
              <VisuallyHidden>{t.audit.showDetails}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t.audit.time}</Table.Th>
            <Table.Th>{t.audit.actor}</Table.Th>
            <Table.Th>{t.audit.action}</Table.Th>
            <Table.Th>{t.audit.entity}</Table.Th>
            <Table.Th>{t.audit.entityId}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const isOpen = expanded.has(event.id);
            const detailsId = `audit-details-${event.id}`;
            return (
              <Fragment key={event.id}>
                <Table.Tr data-testid="audit-row">
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      aria-label={isOpen ? t.audit.hideDetails : t.audit.showDetails}
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      onClick={() => {
                        toggle(event.id);
                      }}
                    >
                      <Text fw={700} aria-hidden>
                        {isOpen ? '▾' : '▸'}
                      </Text>
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(event.occurredAt, locale, me.institution.timeZone)}
                  </Table.Td>
                  <Table.Td>{event.actorName ?? t.audit.system}</Table.Td>
                  <Table.Td>
                    <Code>{event.action}</Code>
                  </Table.Td>
                  <Table.Td>{event.entityType}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" truncate maw={120} title={event.entityId ?? undefined}>
                      {event.entityId ?? t.common.none}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr id={detailsId} data-testid="audit-details">
                    <Table.Td colSpan={6} bg="gray.0" p={0}>
                      {/* Pinned to the visible part of a sideways-scrolled table (phones). */}
                      <Stack gap="xs" p="sm" maw="calc(100vw - 48px)" style={{ position: 'sticky', left: 0 }}>
                        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                          <JsonBlock label={t.audit.before} value={event.before} />
                          <JsonBlock label={t.audit.after} value={event.after} />
                        </SimpleGrid>
                        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                          {t.audit.entityId}: {event.entityId ?? t.common.none}
                          {event.requestId && ` · ${t.audit.requestId}: ${event.requestId}`}
                        </Text>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
