import { Anchor, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { PageLoader } from '../../ui/page-loader';
import { PublicFrame } from '../../ui/public-frame';
import { PublicApprovalForm } from './public-approval-form';
import { publicReviewDocumentUrl, publicReviewQueryOptions, type PublicReview } from './public-agreement-api';
import { formatPublicDate, formatPublicMoment } from './public-format';
import { PublicLinkProblem } from './public-link-problem';
import { PublicReviewComments } from './public-review-comments';

const routeApi = getRouteApi('/tautan/kesepakatan/$agreementId/$token');

function DraftText({
  review,
  agreementId,
  token,
}: {
  review: PublicReview;
  agreementId: string;
  token: string;
}) {
  const { t, locale } = useT();
  const tp = t.publicAgreement;
  return (
    <Paper withBorder radius="sm" p={{ base: 'sm', sm: 'lg' }} component="article" data-testid="public-draft">
      <Stack gap="sm">
        <Title order={2} size="h4" ta="center" tt="uppercase">
          {review.heading}
        </Title>
        <Text ta="center" fw={500}>
          {review.subject}
        </Text>
        <Text size="sm" c="dimmed" ta="center">
          {fill(tp.version, { version: review.versionNumber })} ·{' '}
          {fill(tp.period, {
            from: formatPublicDate(review.startsOn, locale),
            to: formatPublicDate(review.endsOn, locale),
          })}
        </Text>
        <Group gap="md" justify="center">
          <Anchor
            href={publicReviewDocumentUrl(agreementId, token, 'pdf')}
            size="sm"
            data-testid="public-review-pdf"
          >
            PDF
          </Anchor>
          <Anchor
            href={publicReviewDocumentUrl(agreementId, token, 'docx')}
            size="sm"
            data-testid="public-review-docx"
          >
            DOCX
          </Anchor>
        </Group>
        <Divider />
        {review.articles.map((article) => (
          <Stack key={article.title} gap={6} component="section" data-testid="public-article">
            <Title order={3} size="h5">
              {article.title}
            </Title>
            {article.paragraphs.map((paragraph, index) => (
              <Text key={index} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {paragraph}
              </Text>
            ))}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/** /tautan/kesepakatan/…: the partner reads the draft on a phone, comments, and approves it. */
export function PublicReviewPage() {
  const { t, locale } = useT();
  const tp = t.publicAgreement;
  const { agreementId, token } = routeApi.useParams();
  const review = useQuery(publicReviewQueryOptions(agreementId, token));

  let content;
  if (review.isPending) content = <PageLoader />;
  else if (review.isError) content = <PublicLinkProblem error={review.error} />;
  else {
    const data = review.data;
    content = (
      <Stack gap="lg">
        <Stack gap={4} data-testid="public-review-intro">
          <Text size="sm">
            {fill(tp.sentBy, { institution: data.institutionName, partner: data.partnerName })}
          </Text>
          <Text size="sm">{tp.sentWhy}</Text>
          <Text size="xs" c="dimmed">
            {fill(tp.validUntil, { date: formatPublicMoment(data.expiresAt, locale) })}
          </Text>
        </Stack>
        <DraftText review={data} agreementId={agreementId} token={token} />
        <PublicReviewComments agreementId={agreementId} token={token} review={data} />
        <Divider />
        <PublicApprovalForm agreementId={agreementId} token={token} review={data} />
      </Stack>
    );
  }
  return (
    <PublicFrame title={tp.reviewTitle} size={760}>
      {content}
    </PublicFrame>
  );
}
