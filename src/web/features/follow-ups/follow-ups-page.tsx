import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { FollowUpRow } from './follow-up-row';
import { followUpListQueryOptions, useCompleteFollowUp } from './follow-ups-api';
import { ExportMenu } from '../../ui/export-menu';

const routeApi = getRouteApi('/_app/tindak-lanjut');

/** Tindak lanjut: every follow-up task, mine or everyone's, open or done. */
export function FollowUpsPage() {
  const { t } = useT();
  const tf = t.followUps;
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const canWrite = useCan('interactions.write');
  const complete = useCompleteFollowUp();
  const filter = { scope: search.scope ?? 'mine', status: search.status ?? 'open' } as const;
  const query = useInfiniteQuery(followUpListQueryOptions(filter));
  const pages = query.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const today = pages[0]?.today ?? '';

  return (
    <>
      <PageHeader
        title={tf.title}
        description={tf.intro}
        actions={<ExportMenu path="/follow-ups/export" filters={filter} permission="interactions.read" />}
      />
      <Stack gap="md">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="follow-up-scope-label">
              {tf.scope}
            </Text>
            <SegmentedControl
              aria-labelledby="follow-up-scope-label"
              value={filter.scope}
              onChange={(value) =>
                void navigate({
                  search: (current) => ({ ...current, scope: value === 'all' ? 'all' : undefined }),
                  replace: true,
                })
              }
              data={[
                { value: 'mine', label: tf.scopeMine },
                { value: 'all', label: tf.scopeAll },
              ]}
              data-testid="follow-up-scope"
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="follow-up-status-label">
              {tf.status}
            </Text>
            <SegmentedControl
              aria-labelledby="follow-up-status-label"
              value={filter.status}
              onChange={(value) =>
                void navigate({
                  search: (current) => ({ ...current, status: value === 'done' ? 'done' : undefined }),
                  replace: true,
                })
              }
              data={[
                { value: 'open', label: tf.statusOpen },
                { value: 'done', label: tf.statusDone },
              ]}
              data-testid="follow-up-status"
            />
          </Stack>
        </Group>
        {query.isPending ? (
          <PageLoader />
        ) : query.isError ? (
          <ErrorAlert error={query.error} />
        ) : items.length === 0 ? (
          <EmptyPanel
            testId="follow-ups-empty"
            title={filter.status === 'done' ? tf.emptyDoneTitle : tf.emptyOpenTitle}
            description={tf.emptyBody}
          />
        ) : (
          <Stack
            component="ul"
            gap="xs"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="follow-ups-list"
          >
            {items.map((item) => (
              <FollowUpRow
                key={item.interactionId}
                item={item}
                today={today}
                canWrite={canWrite}
                busy={complete.isPending && complete.variables.item.interactionId === item.interactionId}
                onDone={(target, done) => complete.mutate({ item: target, done })}
              />
            ))}
          </Stack>
        )}
        <LoadMoreButton
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Stack>
    </>
  );
}
