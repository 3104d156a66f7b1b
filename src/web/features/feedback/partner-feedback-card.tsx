import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FeedbackRequest } from '../../../shared/contracts/feedback';
import type { Contact } from '../../../shared/contracts/partners';
import { fill } from '../../../shared/i18n/catalog';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { partnerFeedbackQueryOptions } from './feedback-api';
import { FeedbackStars } from './feedback-stars';
import { RequestFeedbackModal } from './request-feedback-modal';

export function statusOf(request: FeedbackRequest): 'sent' | 'answered' | 'cancelled' | 'expired' {
  return request.expired ? 'expired' : request.status;
}

export const statusColors = { sent: 'blue', answered: 'teal', cancelled: 'gray', expired: 'orange' } as const;

/** The partner page's feedback card: latest score, the year's average, recent requests, and "ask". */
export function PartnerFeedbackCard({ partnerId, contacts }: { partnerId: string; contacts: Contact[] }) {
  const { t, locale } = useT();
  const tf = t.feedbackUi;
  const zone = useMe().institution.timeZone;
  const canAsk = useCan('care.write');
  const [asking, setAsking] = useState(false);
  const query = useQuery(partnerFeedbackQueryOptions(partnerId));
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="partner-feedback">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {tf.cardTitle}
        </Title>
        {canAsk && (
          <Button size="xs" variant="light" onClick={() => setAsking(true)} data-testid="feedback-ask">
            {tf.ask}
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Stack gap="sm">
          {query.data.latestSatisfaction === null ? (
            <Text size="sm" c="dimmed">
              {tf.cardEmpty}
            </Text>
          ) : (
            <Stack gap={4} data-testid="feedback-latest">
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {tf.latest}
                </Text>
                <FeedbackStars score={query.data.latestSatisfaction} />
                {query.data.latestAnsweredAt && (
                  <Text size="xs" c="dimmed">
                    {fill(tf.latestOn, { date: formatShortDate(query.data.latestAnsweredAt, locale, zone) })}
                  </Text>
                )}
              </Group>
              {query.data.averageSatisfaction !== null && (
                <Text size="sm" data-testid="feedback-average">
                  {fill(tf.average, {
                    average: query.data.averageSatisfaction.toLocaleString(
                      locale === 'id' ? 'id-ID' : 'en-GB',
                    ),
                    count: query.data.answeredCount,
                  })}
                </Text>
              )}
            </Stack>
          )}
          {query.data.requests.slice(0, 5).map((request) => {
            const status = statusOf(request);
            return (
              <Stack key={request.id} gap={2} data-testid="partner-feedback-request">
                <Group gap="xs" justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600} truncate>
                    {request.contactName ?? '—'}
                  </Text>
                  <Badge size="sm" variant="light" color={statusColors[status]}>
                    {tf.status[status]}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {formatShortDate(request.answeredAt ?? request.requestedAt, locale, zone)}
                  {request.satisfaction !== null &&
                    ` · ${fill(tf.scoreOutOf, { score: request.satisfaction })}`}
                  {request.recommend !== null &&
                    ` · ${fill(tf.recommendScore, { score: request.recommend })}`}
                </Text>
                {request.improve && (
                  <Text size="xs">
                    {tf.improve}: {request.improve}
                  </Text>
                )}
              </Stack>
            );
          })}
        </Stack>
      )}
      {asking && (
        <RequestFeedbackModal partnerId={partnerId} contacts={contacts} onClose={() => setAsking(false)} />
      )}
    </Paper>
  );
}
