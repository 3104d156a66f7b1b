import { useState } from 'react';
import { Anchor, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Agreement } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { TableFrame } from '../../ui/table-frame';
import {
  agreementDocumentUrl,
  agreementVersionsQueryOptions,
  versionComparisonQueryOptions,
} from './agreements-api';
import { VersionComparison } from './version-comparison';

function Comparison({ agreementId, from, to }: { agreementId: string; from: number; to: number }) {
  const query = useQuery(versionComparisonQueryOptions(agreementId, from, to));
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <VersionComparison comparison={query.data} />;
}

/** "Versi": every saved version, and any two of them compared article by article. */
export function AgreementVersionsTab({ agreement }: { agreement: Agreement }) {
  const { t, locale } = useT();
  const tv = t.agreementVersions;
  const zone = useMe().institution.timeZone;
  const query = useQuery(agreementVersionsQueryOptions(agreement.id));
  const latest = agreement.currentVersion;
  const [from, setFrom] = useState<number>(Math.max(1, latest - 1));
  const [to, setTo] = useState<number>(latest);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const versions = query.data.items;
  const options = versions.map((version) => ({
    value: String(version.number),
    label: fill(t.agreementsUi.version, { number: version.number }),
  }));
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4">
          {tv.title}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {tv.intro}
        </Text>
        <TableFrame minWidth={560}>
          <Table data-testid="version-list">
            <Table.Tbody>
              {versions.map((version) => (
                <Table.Tr key={version.number} data-testid="version-row">
                  <Table.Td fw={600}>{fill(t.agreementsUi.version, { number: version.number })}</Table.Td>
                  <Table.Td>
                    {version.note ?? (
                      <Text span c="dimmed" size="sm">
                        {tv.noNote}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(version.createdAt, locale, zone)}</Text>
                    {version.createdByName && (
                      <Text size="xs" c="dimmed">
                        {fill(tv.by, { name: version.createdByName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      href={agreementDocumentUrl(agreement.id, 'pdf', version.number)}
                      size="sm"
                      download
                    >
                      {tv.downloadVersion}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      </Paper>
      <Paper withBorder radius="md" p="md">
        {versions.length < 2 ? (
          <Text size="sm" c="dimmed" data-testid="versions-only-one">
            {tv.onlyOne}
          </Text>
        ) : (
          <Stack gap="md">
            <Group gap="sm" align="flex-end">
              <Select
                label={tv.from}
                data={options}
                value={String(from)}
                allowDeselect={false}
                onChange={(value) => value && setFrom(Number(value))}
                w={160}
                data-testid="compare-from"
              />
              <Select
                label={tv.to}
                data={options}
                value={String(to)}
                allowDeselect={false}
                onChange={(value) => value && setTo(Number(value))}
                w={160}
                data-testid="compare-to"
              />
            </Group>
            {from === to ? (
              <Text size="sm" c="dimmed">
                {tv.sameVersion}
              </Text>
            ) : (
              <Comparison agreementId={agreement.id} from={Math.min(from, to)} to={Math.max(from, to)} />
            )}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
