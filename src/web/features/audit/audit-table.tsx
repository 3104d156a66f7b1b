import { Fragment, useState } from 'react';
import { Button, Code, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { AuditEvent } from '../../../shared/contracts/audit';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';

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
    <Table.ScrollContainer minWidth={760}>
      <Table
        stickyHeader
        stickyHeaderOffset="var(--app-shell-header-height, 0px)"
        verticalSpacing="xs"
        data-testid="audit-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.audit.time}</Table.Th>
            <Table.Th>{t.audit.actor}</Table.Th>
            <Table.Th>{t.audit.action}</Table.Th>
            <Table.Th>{t.audit.entity}</Table.Th>
            <Table.Th>{t.audit.entityId}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t.audit.showDetails}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const isOpen = expanded.has(event.id);
            const detailsId = `audit-details-${event.id}`;
            return (
              <Fragment key={event.id}>
                <Table.Tr data-testid="audit-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(event.occurredAt, locale, me.institution.timeZone)}
                  </Table.Td>
                  <Table.Td>{event.actorName ?? t.audit.system}</Table.Td>
                  <Table.Td>
                    <Code>{event.action}</Code>
                  </Table.Td>
                  <Table.Td>{event.entityType}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {event.entityId ?? t.common.none}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      onClick={() => {
                        toggle(event.id);
                      }}
                    >
                      {isOpen ? t.audit.hideDetails : t.audit.showDetails}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr id={detailsId} data-testid="audit-details">
                    <Table.Td colSpan={6} bg="gray.0">
                      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                        <JsonBlock label={t.audit.before} value={event.before} />
                        <JsonBlock label={t.audit.after} value={event.after} />
                      </SimpleGrid>
                      {event.requestId && (
                        <Text size="xs" c="dimmed" mt="xs">
                          {t.audit.requestId}: {event.requestId}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
