import { Card, Group, List, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { PartnerImportRow } from '../../../shared/contracts/partner-import';
import { useT } from '../../lib/i18n';
import { AnchorLink } from '../../ui/router-links';
import { TableFrame } from '../../ui/table-frame';
import { describeImportIssue } from './import-issue-text';
import { ImportStatusBadge } from './import-status-badge';

function Reasons({ row }: { row: PartnerImportRow }) {
  const { t } = useT();
  if (row.issues.length === 0) return <Text size="sm">{t.common.none}</Text>;
  return (
    <List size="sm" spacing={2} data-testid="import-problem-reasons">
      {row.issues.map((issue, index) => (
        <List.Item key={`${issue.code}-${index}`}>{describeImportIssue(issue, t)}</List.Item>
      ))}
    </List>
  );
}

function PartnerLink({ row }: { row: PartnerImportRow }) {
  const { t } = useT();
  if (!row.partnerId) return null;
  return (
    <AnchorLink
      to="/mitra/$partnerId"
      params={{ partnerId: row.partnerId }}
      size="sm"
      data-testid="import-problem-link"
    >
      {row.status === 'duplicate'
        ? t.partnerImport.result.existingPartner
        : t.partnerImport.result.openPartner}
    </AnchorLink>
  );
}

/** The rows that need a look: a table on wide screens, one card per row on a phone. */
export function ImportProblems({ rows }: { rows: PartnerImportRow[] }) {
  const { t } = useT();
  const texts = t.partnerImport.result;
  const wide = useMediaQuery('(min-width: 62em)', true);
  const nameOf = (row: PartnerImportRow) => row.name ?? texts.noName;

  if (!wide) {
    return (
      <Stack gap="sm" data-testid="import-problems">
        {rows.map((row) => (
          <Card
            key={row.row}
            withBorder
            radius="md"
            padding="md"
            data-testid="import-problem"
            data-row={row.row}
          >
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                  {texts.row} {row.row} · {nameOf(row)}
                </Text>
                <ImportStatusBadge status={row.status} />
              </Group>
              <Reasons row={row} />
              <PartnerLink row={row} />
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  const withLinks = rows.some((row) => row.partnerId !== null);
  return (
    <TableFrame minWidth={760}>
      <Table striped stickyHeader verticalSpacing="sm" data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{texts.row}</Table.Th>
            <Table.Th w="25%">{texts.name}</Table.Th>
            <Table.Th w={170}>{texts.status}</Table.Th>
            <Table.Th>{texts.reasons}</Table.Th>
            {withLinks && <Table.Th w={190} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row} data-testid="import-problem" data-row={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>
                <Text size="sm" c={row.name ? undefined : 'dimmed'}>
                  {nameOf(row)}
                </Text>
              </Table.Td>
              <Table.Td>
                <ImportStatusBadge status={row.status} />
              </Table.Td>
              <Table.Td>
                <Reasons row={row} />
              </Table.Td>
              {withLinks && (
                <Table.Td>
                  <PartnerLink row={row} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
