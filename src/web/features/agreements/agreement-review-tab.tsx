import { useState } from 'react';
import { Badge, Button, Card, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Agreement } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { useNotify } from '../../ui/use-notify';
import { PartnerReviewLinkButton } from '../agreement-signing/partner-review-link-button';
import {
  addComment,
  agreementCommentsQueryOptions,
  agreementQueryKey,
  agreementsQueryKey,
  approveInternally,
  requestReview,
  resolveComment,
} from './agreements-api';

function ReviewActions({ agreement }: { agreement: Agreement }) {
  const { t, locale } = useT();
  const tr = t.agreementReview;
  const zone = useMe().institution.timeZone;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canWrite = useCan('agreements.write');
  const canSign = useCan('agreements.sign');
  const onDone = (message: string) => (saved: Agreement) => {
    queryClient.setQueryData(agreementQueryKey(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: agreementsQueryKey });
    notify.success(message);
  };
  const review = useMutation({
    mutationFn: () => requestReview(agreement.id),
    onSuccess: onDone(tr.reviewRequested),
  });
  const approve = useMutation({
    mutationFn: () => approveInternally(agreement.id),
    onSuccess: onDone(tr.approved),
  });
  const { internalApprovedAt, internalApprovedByName, partnerApprovedAt, partnerApprovedName } =
    agreement.review;
  const open = agreement.storedStatus === 'draft' || agreement.storedStatus === 'in_review';
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4">
        {tr.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {tr.intro}
      </Text>
      <Stack gap={4} mb="sm" data-testid="review-state">
        <Text size="sm">
          {internalApprovedAt
            ? fill(tr.internalApproved, {
                name: internalApprovedByName ?? '—',
                when: formatDateTime(internalApprovedAt, locale, zone),
              })
            : tr.internalPending}
        </Text>
        {partnerApprovedAt && (
          <Text size="sm">
            {fill(tr.partnerApproved, {
              name: partnerApprovedName ?? '—',
              when: formatDateTime(partnerApprovedAt, locale, zone),
            })}
          </Text>
        )}
      </Stack>
      {(review.error ?? approve.error) && <ErrorAlert error={review.error ?? approve.error} />}
      {open && (
        <Group gap="xs" mt="sm">
          {canWrite && agreement.storedStatus === 'draft' && (
            <Button onClick={() => review.mutate()} loading={review.isPending} data-testid="review-request">
              {tr.requestReview}
            </Button>
          )}
          {canSign && !internalApprovedAt && (
            <Button
              variant="light"
              onClick={() => approve.mutate()}
              loading={approve.isPending}
              data-testid="review-approve"
            >
              {tr.approve}
            </Button>
          )}
          {canWrite && <PartnerReviewLinkButton agreement={agreement} />}
        </Group>
      )}
    </Paper>
  );
}

/** "Tinjauan": internal review and approval, the partner's review link, and everyone's comments. */
export function AgreementReviewTab({ agreement }: { agreement: Agreement }) {
  const { t, locale } = useT();
  const tr = t.agreementReview;
  const zone = useMe().institution.timeZone;
  const canWrite = useCan('agreements.write');
  const queryClient = useQueryClient();
  const query = useQuery(agreementCommentsQueryOptions(agreement.id));
  const [body, setBody] = useState('');
  const [article, setArticle] = useState('');
  const commentsKey = agreementCommentsQueryOptions(agreement.id).queryKey;
  const add = useMutation({
    mutationFn: () =>
      addComment(agreement.id, { body, articleTitle: article.trim() === '' ? null : article }),
    onSuccess: () => {
      setBody('');
      setArticle('');
      void queryClient.invalidateQueries({ queryKey: commentsKey });
    },
  });
  const resolve = useMutation({
    mutationFn: (input: { id: string; resolved: boolean }) =>
      resolveComment(agreement.id, input.id, input.resolved),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: commentsKey }),
  });

  return (
    <Stack gap="md">
      <ReviewActions agreement={agreement} />
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4" mb="sm">
          {tr.comments}
        </Title>
        {query.isPending ? (
          <PageLoader />
        ) : query.isError ? (
          <ErrorAlert error={query.error} />
        ) : query.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="comments-empty">
            {tr.noComments}
          </Text>
        ) : (
          <Stack gap="xs" data-testid="comment-list">
            {resolve.error && <ErrorAlert error={resolve.error} />}
            {query.data.items.map((comment) => (
              <Card
                key={comment.id}
                withBorder
                radius="md"
                padding="sm"
                data-testid="comment"
                opacity={comment.resolvedAt ? 0.7 : 1}
              >
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {comment.authorName}
                    </Text>
                    <Badge
                      size="xs"
                      variant="light"
                      color={comment.authorKind === 'partner' ? 'grape' : 'gray'}
                    >
                      {comment.authorKind === 'partner' ? tr.authorPartner : tr.authorInternal}
                    </Badge>
                    {comment.resolvedAt && (
                      <Badge size="xs" color="teal" variant="light">
                        {tr.resolved}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(comment.createdAt, locale, zone)} ·{' '}
                    {fill(tr.onVersion, { number: comment.versionNumber })}
                    {comment.articleTitle
                      ? ` · ${fill(tr.onArticle, { article: comment.articleTitle })}`
                      : ''}
                  </Text>
                </Group>
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {comment.body}
                </Text>
                {canWrite && (
                  <Group mt={4}>
                    <Button
                      variant="subtle"
                      size="xs"
                      loading={resolve.isPending && resolve.variables.id === comment.id}
                      onClick={() => resolve.mutate({ id: comment.id, resolved: !comment.resolvedAt })}
                      data-testid="comment-resolve"
                    >
                      {comment.resolvedAt ? tr.reopen : tr.resolve}
                    </Button>
                  </Group>
                )}
              </Card>
            ))}
          </Stack>
        )}
        {canWrite && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (body.trim() !== '') add.mutate();
            }}
          >
            <Stack gap="xs" mt="md">
              <Text size="sm" fw={600}>
                {tr.addComment}
              </Text>
              {add.error && <ErrorAlert error={add.error} />}
              <TextInput
                label={tr.commentArticle}
                value={article}
                onChange={(event) => setArticle(event.currentTarget.value)}
                data-testid="comment-article"
              />
              <Textarea
                label={tr.commentBody}
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
                autosize
                minRows={2}
                data-testid="comment-body"
              />
              <Group justify="flex-end">
                <Button
                  type="submit"
                  loading={add.isPending}
                  disabled={body.trim() === ''}
                  data-testid="comment-send"
                >
                  {tr.send}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
    </Stack>
  );
}
