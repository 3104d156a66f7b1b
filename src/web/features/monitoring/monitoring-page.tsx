import { Chip, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { deviationSeverities } from '../../../shared/domain/monitoring-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { TableFrame } from '../../ui/table-frame';
import { deviationSentence } from './deviation-sentence';
import { deviationsQueryOptions } from './monitoring-api';
import { SeverityBadge } from './severity-badge';
import { ExportMenu } from '../../ui/export-menu';

const routeApi = getRouteApi('/_app/monitoring');
const allSeverities = 'all';

/** Monitoring: deviations across the running partnerships, most severe first, filtered in the URL. */
export function MonitoringPage() {
  const { t, locale } = useT();
  const tp = t.monitoringPage;
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const query = useQuery(deviationsQueryOptions(search.severity));

  return (
    <>
      <PageHeader
        title={tp.title}
        description={tp.description}
        actions={
          <ExportMenu path="/monitoring/deviations/export" filters={search} permission="partnerships.read" />
        }
      />
      <Stack gap="md">
        <Chip.Group
          multiple={false}
          value={search.severity ?? allSeverities}
          onChange={(value) =>
            void navigate({
              search: { severity: deviationSeverities.find((severity) => severity === value) },
              replace: true,
            })
          }
        >
          <Group gap={6} data-testid="severity-filter" aria-label={tp.severityFilter}>
            <Chip value={allSeverities} size="sm">
              {tp.allSeverities}
            </Chip>
            {deviationSeverities.map((severity) => (
              <Chip key={severity} value={severity} size="sm" data-testid={`severity-filter-${severity}`}>
                {t.deviationSeverities[severity]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {query.isPending ? (
          <PageLoader />
        ) : query.isError ? (
          <ErrorAlert error={query.error} />
        ) : query.data.items.length === 0 ? (
          <EmptyPanel testId="monitoring-empty" title={tp.emptyTitle} description={tp.emptyBody} />
        ) : (
          <Paper withBorder radius="md">
            <Text size="xs" c="dimmed" p="sm">
              {fill(tp.today, { today: formatDate(query.data.today, locale, 'WIB') })}
            </Text>
            <TableFrame minWidth={720}>
              <Table striped verticalSpacing="sm" data-testid="monitoring-deviations">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{tp.severity}</Table.Th>
                    <Table.Th>{tp.deviation}</Table.Th>
                    <Table.Th>{tp.partnership}</Table.Th>
                    <Table.Th>{tp.facilitator}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.items.map((deviation, index) => (
                    <Table.Tr
                      key={`${deviation.partnership.id}-${deviation.kind}-${index}`}
                      data-testid="monitoring-row"
                    >
                      <Table.Td>
                        <SeverityBadge severity={deviation.severity} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{deviationSentence(t, locale, deviation)}</Text>
                        <Text size="xs" c="dimmed">
                          {t.deviationKinds[deviation.kind]}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <AnchorLink
                          to="/kemitraan/$partnershipId"
                          params={{ partnershipId: deviation.partnership.id }}
                          size="sm"
                        >
                          {deviation.partnership.name}
                        </AnchorLink>
                        <Text size="xs" c="dimmed">
                          {t.partnershipStages[deviation.partnership.stage]}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{deviation.partnership.facilitatorName ?? t.common.none}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableFrame>
          </Paper>
        )}
      </Stack>
    </>
  );
}
