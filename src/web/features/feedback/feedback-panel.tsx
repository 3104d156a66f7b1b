import { useState } from 'react';
import { Badge, Button, CloseButton, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { feedbackListStatuses, type FeedbackRequest } from '../../../shared/contracts/feedback';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { TableFrame } from '../../ui/table-frame';
import { useNotify } from '../../ui/use-notify';
import {
  cancelFeedbackRequest,
  feedbackQueryKey,
  feedbackRequestsQueryOptions,
  feedbackSummaryQueryOptions,
  type FeedbackAnswerFilters,
  type FeedbackListStatus,
} from './feedback-api';
import { FeedbackFigures } from './feedback-figures';
import { statusColors, statusOf } from './partner-feedback-card';

function CancelButton({ request }: { request: FeedbackRequest }) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelFeedbackRequest(request.id, request.version),
    onSuccess: () => {
      notify.success(t.feedbackUi.cancelled);
      void queryClient.invalidateQueries({ queryKey: feedbackQueryKey });
    },
    onError: notify.error,
  });
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      color="red"
      loading={cancel.isPending}
      onClick={() => cancel.mutate()}
    >
      {t.feedbackUi.cancelRequest}
    </Button>
  );
}

/** Perawatan › Umpan balik: the institution's figures and every request with its status and scores. */
export function FeedbackPanel({
  answers = {},
  onClearAnswers,
}: {
  /** From the URL (`?tab=feedback&satisfaction=4&from=2026-01&to=2026-06`). */
  answers?: FeedbackAnswerFilters;
  onClearAnswers?: () => void;
}) {
  const { t, locale } = useT();
  const tf = t.feedbackUi;
  const zone = useMe().institution.timeZone;
  const canWrite = useCan('care.write');
  const [status, setStatus] = useState<FeedbackListStatus | null>(null);
  const summary = useQuery(feedbackSummaryQueryOptions());
  const list = useInfiniteQuery(feedbackRequestsQueryOptions(status, answers));
  const answerFiltered = Object.values(answers).some((value) => value !== undefined);
  if (summary.isPending || list.isPending) return <PageLoader />;
  if (summary.isError) return <ErrorAlert error={summary.error} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const requests = list.data.pages.flatMap((page) => page.items);
  if (status === null && !answerFiltered && requests.length === 0) {
    return (
      <EmptyPanel
        testId="feedback-empty"
        title={tf.emptyTitle}
        description={tf.emptyBody}
        actions={<ButtonLink to="/mitra">{tf.toPartners}</ButtonLink>}
      />
    );
  }
  return (
    <Stack gap="lg" data-testid="feedback-panel">
      <FeedbackFigures summary={summary.data} />
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4">
          {tf.requestsTitle}
        </Title>
        <Select
          label={tf.filterStatus}
          placeholder={tf.allStatuses}
          clearable
          w={220}
          data={feedbackListStatuses.map((value) => ({ value, label: tf.status[value] }))}
          value={status}
          onChange={(value) => setStatus(value)}
          data-testid="feedback-status-filter"
        />
      </Group>
      {answerFiltered && (
        <Group gap={4} data-testid="feedback-answer-filter">
          <Text size="sm" fw={600}>
            {[
              answers.satisfaction === undefined
                ? null
                : t.activityListUi.satisfactionChip.replace('{n}', String(answers.satisfaction)),
              answers.from || answers.to
                ? t.activityListUi.answeredChip
                    .replace('{from}', answers.from ?? '…')
                    .replace('{to}', answers.to ?? '…')
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {onClearAnswers && (
            <CloseButton
              size="sm"
              aria-label={t.activityListUi.removeFilter}
              onClick={onClearAnswers}
              data-testid="feedback-answer-filter-remove"
            />
          )}
        </Group>
      )}
      {requests.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="feedback-no-match">
          {t.activityListUi.feedbackNoMatch}
        </Text>
      )}
      <TableFrame minWidth={760}>
        <Table verticalSpacing="xs" striped stickyHeader data-testid="feedback-requests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tf.colPartner}</Table.Th>
              <Table.Th>{tf.colContact}</Table.Th>
              <Table.Th>{tf.colRequested}</Table.Th>
              <Table.Th>{tf.colStatus}</Table.Th>
              <Table.Th>{tf.colScore}</Table.Th>
              <Table.Th>{tf.colRecommend}</Table.Th>
              <Table.Th>{tf.improve}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((request) => {
              const shown = statusOf(request);
              return (
                <Table.Tr key={request.id} data-testid="feedback-request-row">
                  <Table.Td>
                    <AnchorLink to="/mitra/$partnerId" params={{ partnerId: request.partnerId }} size="sm">
                      {request.partnerName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{request.contactName ?? '—'}</Table.Td>
                  <Table.Td>{formatShortDate(request.requestedAt, locale, zone)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Badge size="sm" variant="light" color={statusColors[shown]} style={{ flexShrink: 0 }}>
                        {tf.status[shown]}
                      </Badge>
                      {canWrite && shown === 'sent' && <CancelButton request={request} />}
                    </Group>
                  </Table.Td>
                  <Table.Td>{request.satisfaction === null ? '—' : `${request.satisfaction}/5`}</Table.Td>
                  <Table.Td>{request.recommend === null ? '—' : `${request.recommend}/10`}</Table.Td>
                  <Table.Td maw={280}>
                    <Text size="sm" lineClamp={2}>
                      {request.improve ?? request.comments ?? ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableFrame>
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
