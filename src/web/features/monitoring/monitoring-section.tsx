import { Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { fill } from '../../../shared/i18n/catalog';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { DeviationList } from './deviation-list';
import { monitoringQueryOptions } from './monitoring-api';
import { ProblemsLog } from './problems-log';
import { VisitsList } from './visits-list';

/** Monitoring (guide step 9): deviations from the plan, the problems log and monitoring visits. */
export function MonitoringSection({
  partnership,
  canWrite,
}: {
  partnership: Partnership;
  canWrite: boolean;
}) {
  const { t, locale } = useT();
  const tu = t.monitoringUi;
  const query = useQuery(monitoringQueryOptions(partnership.id));

  return (
    <Paper withBorder radius="md" p="md" data-testid="monitoring">
      <Title order={2} size="h4">
        {tu.title}
      </Title>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Stack gap="md" mt="xs">
          <Text size="sm" c="dimmed">
            {fill(tu.intro, { today: formatDate(query.data.today, locale, query.data.timeZone) })}
          </Text>
          {query.data.progress.counts.items > 0 && (
            <Group gap="md">
              <Text size="sm" data-testid="monitoring-progress">
                {fill(tu.progress, query.data.progress.counts)}
              </Text>
              <Text size="sm" c="dimmed">
                {fill(tu.progressTargets, {
                  target: query.data.progress.targetTotal,
                  actual: query.data.progress.actualTotal,
                })}
              </Text>
            </Group>
          )}
          <Stack gap="xs">
            <Title order={3} size="h5">
              {tu.deviationsTitle}
            </Title>
            {query.data.deviations.length === 0 ? (
              <EmptyPanel
                testId="deviations-empty"
                title={tu.noDeviationsTitle}
                description={tu.noDeviationsBody}
              />
            ) : (
              <DeviationList deviations={query.data.deviations} />
            )}
          </Stack>
          <Divider />
          <ProblemsLog
            partnershipId={partnership.id}
            problems={query.data.problems}
            timeZone={query.data.timeZone}
            canWrite={canWrite}
          />
          <Divider />
          <VisitsList
            partnershipId={partnership.id}
            visits={query.data.visits}
            today={query.data.today}
            timeZone={query.data.timeZone}
            canWrite={canWrite}
          />
        </Stack>
      )}
    </Paper>
  );
}
