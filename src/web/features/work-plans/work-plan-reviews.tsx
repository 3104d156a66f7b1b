import { Badge, Stack, Text, Timeline, Title } from '@mantine/core';
import type { WorkPlanReview } from '../../../shared/contracts/work-plans';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';

/** Who approved or asked for changes, when, on which version, and what they wrote. */
export function WorkPlanReviews({
  reviews,
  zone,
  title,
}: {
  reviews: readonly WorkPlanReview[];
  zone: TimeZoneCode;
  title?: string;
}) {
  const { t, locale } = useT();
  const tu = t.workPlansUi;
  return (
    <Stack gap="xs" data-testid="work-plan-reviews">
      <Title order={3} size="h5">
        {title ?? tu.reviews}
      </Title>
      {reviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          {tu.noReviews}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {reviews.map((review) => (
            <Timeline.Item
              key={review.id}
              color={review.decision === 'approved' ? 'teal' : 'orange'}
              data-testid="work-plan-review"
            >
              <Text size="sm">
                {fill(tu.reviewLine, {
                  name: review.reviewerName,
                  position: review.reviewerPosition,
                  decision: t.reviewDecisions[review.decision],
                })}{' '}
                <Badge size="xs" variant="outline">
                  {fill(tu.reviewedVersion, { version: review.planVersion })}
                </Badge>
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(review.createdAt, locale, zone)}
              </Text>
              {review.comment && (
                <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
                  “{review.comment}”
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
