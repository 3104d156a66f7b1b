import { Card, Group, Stack, Table, Text } from '@mantine/core';
import type { AgreementSummary } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { AnchorLink } from '../../ui/router-links';
import { TableFrame } from '../../ui/table-frame';
import { AgreementStatusBadge } from './agreement-status-badge';

function useTermText() {
  const { t, locale } = useT();
  const zone = useMe().institution.timeZone;
  return (item: AgreementSummary) =>
    fill(t.agreementsUi.termRange, {
      from: formatShortDate(item.startsOn, locale, zone),
      to: formatShortDate(item.endsOn, locale, zone),
    });
}

function SubjectLink({ item }: { item: AgreementSummary }) {
  return (
    <AnchorLink to="/kesepakatan/$agreementId" params={{ agreementId: item.id }} fw={600}>
      {item.subject}
    </AnchorLink>
  );
}

/** Desktop: one row per agreement under a sticky header. */
export function AgreementTable({ items }: { items: AgreementSummary[] }) {
  const { t, locale } = useT();
  const tu = t.agreementsUi;
  const zone = useMe().institution.timeZone;
  const termText = useTermText();
  return (
    <TableFrame minWidth={900}>
      <Table striped highlightOnHover stickyHeader data-testid="agreement-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tu.columns.subject}</Table.Th>
            <Table.Th>{tu.columns.kind}</Table.Th>
            <Table.Th>{tu.columns.partner}</Table.Th>
            <Table.Th>{tu.columns.number}</Table.Th>
            <Table.Th>{tu.columns.term}</Table.Th>
            <Table.Th>{tu.columns.status}</Table.Th>
            <Table.Th>{tu.columns.updated}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="agreement-row">
              <Table.Td>
                <SubjectLink item={item} />
              </Table.Td>
              <Table.Td>{t.agreementKindNames[item.kind]}</Table.Td>
              <Table.Td>
                <AnchorLink to="/mitra/$partnerId" params={{ partnerId: item.partnerId }}>
                  {item.partnerName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                {item.numbers.institution ?? (
                  <Text c="dimmed" size="sm">
                    {tu.noNumber}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{termText(item)}</Table.Td>
              <Table.Td>
                <AgreementStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{formatShortDate(item.updatedAt, locale, zone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

/** Phone: a card per agreement, the whole subject a large tap target. */
export function AgreementCards({ items }: { items: AgreementSummary[] }) {
  const { t } = useT();
  const termText = useTermText();
  return (
    <Stack gap="sm" data-testid="agreement-cards">
      {items.map((item) => (
        <Card key={item.id} withBorder radius="md" padding="md" data-testid="agreement-row">
          <Stack gap={6}>
            <SubjectLink item={item} />
            <Group gap={6}>
              <AgreementStatusBadge status={item.status} />
              <Text size="xs" c="dimmed">
                {t.agreementKindNames[item.kind]}
              </Text>
            </Group>
            <Text size="sm">{item.partnerName}</Text>
            <Text size="sm" c="dimmed">
              {item.numbers.institution ?? t.agreementsUi.noNumber} · {termText(item)}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
