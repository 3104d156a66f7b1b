import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { publicReviewQueryOptions, sendPublicComment, type PublicReview } from './public-agreement-api';
import { formatPublicMoment } from './public-format';

interface PublicReviewCommentsProps {
  agreementId: string;
  token: string;
  review: PublicReview;
}

function CommentForm({ agreementId, token, review }: PublicReviewCommentsProps) {
  const { t } = useT();
  const tp = t.publicAgreement;
  const queryClient = useQueryClient();
  const form = useFormValues({ authorName: '', body: '' });
  const [articleTitle, setArticleTitle] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      sendPublicComment(agreementId, token, {
        authorName: form.values.authorName.trim(),
        body: form.values.body.trim(),
        articleTitle,
      }),
    onSuccess: async () => {
      setSent(true);
      form.setValue('body', '');
      await queryClient.invalidateQueries({
        queryKey: publicReviewQueryOptions(agreementId, token).queryKey,
      });
    },
    onError: (error) => form.applyError(error, t),
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSent(false);
        const missing = {
          authorName: form.values.authorName.trim().length < 2 ? t.fields.required : undefined,
          body: form.values.body.trim() === '' ? t.fields.required : undefined,
        };
        if (missing.authorName || missing.body) form.setErrors(missing);
        else send.mutate();
      }}
      data-testid="public-comment-form"
    >
      <Stack gap="sm">
        <Title order={3} size="h5">
          {tp.addComment}
        </Title>
        {form.formError !== null && <ErrorAlert error={form.formError} />}
        {sent && (
          <Alert color="teal" data-testid="public-comment-sent">
            {tp.commentSent}
          </Alert>
        )}
        <TextInput
          {...form.field('authorName')}
          label={tp.yourName}
          size="md"
          autoComplete="name"
          data-testid="public-comment-name"
        />
        <Select
          label={tp.article}
          placeholder={tp.wholeDocument}
          data={review.articles.map((article) => article.title)}
          value={articleTitle}
          onChange={setArticleTitle}
          clearable
          size="md"
          data-testid="public-comment-article"
        />
        <Textarea
          {...form.field('body')}
          label={tp.commentBody}
          autosize
          minRows={3}
          size="md"
          data-testid="public-comment-body"
        />
        <Button type="submit" size="md" loading={send.isPending} data-testid="public-comment-send">
          {tp.sendComment}
        </Button>
      </Stack>
    </form>
  );
}

/** The conversation on the draft: everyone's comments, and the partner's own to add. */
export function PublicReviewComments(props: PublicReviewCommentsProps) {
  const { t, locale } = useT();
  const tp = t.publicAgreement;
  const { comments } = props.review;
  return (
    <Stack gap="md" component="section" aria-labelledby="public-comments-title">
      <Title order={2} size="h4" id="public-comments-title">
        {tp.comments}
      </Title>
      {comments.length === 0 && (
        <Text size="sm" c="dimmed">
          {tp.noComments}
        </Text>
      )}
      {comments.map((comment) => (
        <Paper key={comment.id} withBorder radius="sm" p="sm" data-testid="public-comment">
          <Group gap="xs" mb={4}>
            <Text size="sm" fw={600}>
              {comment.authorName}
            </Text>
            <Badge
              size="sm"
              variant="light"
              color={comment.authorKind === 'partner' ? 'grape' : 'teal'}
              tt="none"
            >
              {comment.authorKind === 'partner' ? tp.fromPartner : tp.fromInstitution}
            </Badge>
            {comment.resolvedAt && (
              <Badge size="sm" variant="outline" color="gray" tt="none">
                {tp.resolved}
              </Badge>
            )}
          </Group>
          {comment.articleTitle && (
            <Text size="xs" c="dimmed">
              {comment.articleTitle}
            </Text>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment.body}
          </Text>
          <Text size="xs" c="dimmed">
            {formatPublicMoment(comment.createdAt, locale)}
          </Text>
        </Paper>
      ))}
      <CommentForm {...props} />
    </Stack>
  );
}
