import { useState } from 'react';
import { Alert, Button, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { PublicFeedback } from '../../../shared/contracts/feedback';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { LinkProblemAlert, type LinkProblems } from '../../ui/link-problem-alert';
import { PublicLinkPage } from '../../ui/public-link-page';
import { answerFeedback, publicFeedbackQueryOptions } from './feedback-api';
import { ScalePicker } from './scale-picker';

const routeApi = getRouteApi('/tautan/umpan-balik/$requestId/$token');

function AnswerForm({
  feedback,
  token,
  problems,
  onDone,
}: {
  feedback: PublicFeedback;
  token: string;
  problems: LinkProblems;
  onDone: () => void;
}) {
  const { t } = useT();
  const tu = t.publicFeedbackUi;
  const [satisfaction, setSatisfaction] = useState<number | null>(null);
  const [recommend, setRecommend] = useState<number | null>(null);
  const [improve, setImprove] = useState('');
  const [comments, setComments] = useState('');
  const [name, setName] = useState(feedback.contactName ?? '');
  const [tried, setTried] = useState(false);
  const submit = useMutation({
    mutationFn: () =>
      answerFeedback(feedback.id, token, {
        satisfaction: satisfaction!,
        recommend: recommend!,
        improve,
        comments,
        respondentName: name,
      }),
    onSuccess: onDone,
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (satisfaction !== null && recommend !== null) submit.mutate();
      }}
    >
      <Stack gap="lg" data-testid="public-feedback-form">
        <ScalePicker
          label={tu.satisfaction}
          min={1}
          max={5}
          columns={5}
          value={satisfaction}
          onChange={setSatisfaction}
          lowLabel={tu.satisfactionLow}
          highLabel={tu.satisfactionHigh}
          error={tried && satisfaction === null ? tu.pickSatisfaction : null}
          testId="feedback-satisfaction"
        />
        <ScalePicker
          label={tu.recommend}
          min={0}
          max={10}
          columns={6}
          value={recommend}
          onChange={setRecommend}
          lowLabel={tu.recommendLow}
          highLabel={tu.recommendHigh}
          error={tried && recommend === null ? tu.pickRecommend : null}
          testId="feedback-recommend"
        />
        <Textarea
          label={tu.improve}
          size="md"
          autosize
          minRows={3}
          maxLength={2000}
          value={improve}
          onChange={(e) => setImprove(e.currentTarget.value)}
          data-testid="feedback-improve"
        />
        <Textarea
          label={tu.comments}
          size="md"
          autosize
          minRows={2}
          maxLength={4000}
          value={comments}
          onChange={(e) => setComments(e.currentTarget.value)}
          data-testid="feedback-comments"
        />
        <TextInput
          label={tu.respondentName}
          size="md"
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="feedback-name"
        />
        {submit.error && <LinkProblemAlert error={submit.error} problems={problems} />}
        <Button type="submit" size="lg" fullWidth loading={submit.isPending} data-testid="feedback-submit">
          {tu.submit}
        </Button>
      </Stack>
    </form>
  );
}

/** The page a partner's contact opens from WhatsApp, on a phone, without an account, to answer once. */
export function PublicFeedbackPage() {
  const { t, locale } = useT();
  const tu = t.publicFeedbackUi;
  const { requestId, token } = routeApi.useParams();
  const query = useQuery(publicFeedbackQueryOptions(requestId, token));
  const [done, setDone] = useState(false);
  const problems: LinkProblems = {
    title: tu.linkProblemTitle,
    messages: {
      LINK_USED: tu.linkUsed,
      LINK_EXPIRED: tu.linkExpired,
      LINK_REVOKED: tu.linkRevoked,
      LINK_NOT_FOUND: tu.linkNotFound,
    },
  };
  return (
    <PublicLinkPage query={query} title={tu.pageTitle} problems={problems}>
      {(feedback) => (
        <Stack gap="md" data-testid="public-feedback">
          <Text fw={700} size="lg" data-testid="public-feedback-institution">
            {feedback.institutionName}
          </Text>
          {feedback.contactName && <Text>{fill(tu.greeting, { name: feedback.contactName })}</Text>}
          <Text>
            {fill(tu.from, { institution: feedback.institutionName, partner: feedback.partnerName })}
          </Text>
          <Text size="sm" c="dimmed">
            {tu.why}
          </Text>
          {done ? (
            <Alert color="teal" title={tu.thanksTitle} data-testid="public-feedback-thanks">
              {fill(tu.thanks, { institution: feedback.institutionName })}
            </Alert>
          ) : (
            <AnswerForm feedback={feedback} token={token} problems={problems} onDone={() => setDone(true)} />
          )}
          {!done && (
            <Text size="xs" c="dimmed">
              {fill(tu.validUntil, {
                until: formatLongDateTime(feedback.linkExpiresAt, locale, feedback.timeZone),
              })}
            </Text>
          )}
        </Stack>
      )}
    </PublicLinkPage>
  );
}
