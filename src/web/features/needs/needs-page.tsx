import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { needStatuses, type NeedStatus } from '../../../shared/contracts/needs';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { NeedFormModal } from './need-form-modal';
import { NeedSummary } from './need-summary';
import { needListQueryOptions } from './needs-api';
import { ExportMenu } from '../../ui/export-menu';

type StatusFilter = NeedStatus | 'all';

/** Kebutuhan (step 3): the institution's needs; each opens its ranking of partners. */
export function NeedsPage() {
  const { t } = useT();
  const tn = t.needsUi;
  const canWrite = useCan('partnerships.write');
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<StatusFilter>('open');
  const query = useInfiniteQuery(needListQueryOptions(status === 'all' ? null : status));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const addButton = canWrite && (
    <Button size="md" onClick={() => setAdding(true)} data-testid="need-add">
      {tn.add}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={tn.title}
        description={tn.intro}
        actions={
          <Group gap="sm">
            <ExportMenu
              path="/needs/export"
              filters={{ status: status === 'all' ? undefined : status }}
              permission="partnerships.read"
            />
            {addButton}
          </Group>
        }
      />
      {adding && <NeedFormModal onClose={() => setAdding(false)} />}
      <Stack gap="md">
        <SegmentedControl
          value={status}
          onChange={(value) => setStatus(needStatuses.find((status) => status === value) ?? 'all')}
          data={[
            ...needStatuses.map((value) => ({ value, label: t.needStatuses[value] })),
            { value: 'all', label: tn.allStatuses },
          ]}
          data-testid="need-status-filter"
        />
        {query.isPending ? (
          <PageLoader />
        ) : query.isError ? (
          <ErrorAlert error={query.error} />
        ) : items.length === 0 ? (
          status === 'open' || status === 'all' ? (
            <EmptyPanel
              testId="needs-empty"
              title={tn.emptyTitle}
              description={tn.emptyBody}
              actions={addButton}
            />
          ) : (
            <Text c="dimmed" data-testid="needs-empty-filtered">
              {tn.emptyFiltered}
            </Text>
          )
        ) : (
          <Stack gap="sm" data-testid="need-list">
            {items.map((need) => (
              <Paper key={need.id} withBorder radius="md" p="md" data-testid="need-row">
                <Stack gap={6}>
                  <AnchorLink to="/kebutuhan/$needId" params={{ needId: need.id }} fw={700} size="lg">
                    {need.title}
                  </AnchorLink>
                  <NeedSummary need={need} />
                  <Text size="xs" c="dimmed">
                    {fill(tn.decidedCounts, {
                      pursue: need.decisionCounts.pursue,
                      notNow: need.decisionCounts.not_now,
                      notRelevant: need.decisionCounts.not_relevant,
                    })}
                  </Text>
                </Stack>
              </Paper>
            ))}
            <LoadMoreButton
              hasMore={query.hasNextPage}
              loading={query.isFetchingNextPage}
              onLoadMore={() => void query.fetchNextPage()}
            />
          </Stack>
        )}
      </Stack>
    </>
  );
}
