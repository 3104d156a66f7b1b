import { useState } from 'react';
import { Alert, Divider, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { PublicWorkPlan, WorkPlanReviewDecision } from '../../../shared/contracts/work-plans';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/describe-error';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { PublicFrame } from '../../ui/public-frame';
import { PublicReviewForm } from './public-review-form';
import { WorkPlanItemList } from './work-plan-item-list';
import { WorkPlanReviews } from './work-plan-reviews';
import { WorkPlanStatusBadge } from './work-plan-status-badge';
import { WorkPlanTimeline } from './work-plan-timeline';
import { WorkPlanTotals } from './work-plan-totals';
import { publicWorkPlanQueryOptions } from './work-plans-api';

const routeApi = getRouteApi('/tautan/rencana-kerja/$workPlanId/$token');
const linkCodes = ['LINK_NOT_FOUND', 'LINK_EXPIRED', 'LINK_USED', 'LINK_REVOKED'] as const;

function ThankYou({ plan, decision }: { plan: PublicWorkPlan; decision: WorkPlanReviewDecision }) {
  const { t } = useT();
  const tu = t.publicWorkPlanUi;
  return (
    <Alert color="teal" title={tu.thanksTitle} data-testid="public-review-thanks">
      {fill(decision === 'approved' ? tu.thanksApproved : tu.thanksChanges, {
        institution: plan.institutionName,
      })}
    </Alert>
  );
}

/**
 * The page a partner opens from WhatsApp, on a phone, without an account: who sends the plan and why,
 * the activities, totals and timeline, then approve or ask for changes.
 */
export function PublicWorkPlanPage() {
  const { t, locale } = useT();
  const tu = t.publicWorkPlanUi;
  const { workPlanId, token } = routeApi.useParams();
  const queryClient = useQueryClient();
  const options = publicWorkPlanQueryOptions(workPlanId, token);
  const query = useQuery(options);
  const [answered, setAnswered] = useState<{ plan: PublicWorkPlan; decision: WorkPlanReviewDecision } | null>(
    null,
  );

  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    const linkProblem = linkCodes.some((code) => isApiError(query.error, code));
    return (
      <PublicFrame title={tu.pageTitle} size={720}>
        {linkProblem ? (
          <Alert color="orange" title={tu.linkProblemTitle} data-testid="public-link-problem">
            {describeError(query.error, t).message}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} />
        )}
      </PublicFrame>
    );
  }
  const plan = answered?.plan ?? query.data;
  const partners = plan.partnerNames.join(', ');
  return (
    <PublicFrame title={tu.pageTitle} size={720}>
      <Stack gap="md" data-testid="public-work-plan">
        <Stack gap={4}>
          <Text size="sm" data-testid="public-work-plan-from">
            {fill(tu.from, { institution: plan.institutionName, partners })}
            {plan.senderName ? ` ${fill(tu.sentBy, { name: plan.senderName })}` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            {tu.why}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Title order={2} size="h4">
            {plan.title.includes(String(plan.cycleYear)) ? plan.title : `${plan.title} (${plan.cycleYear})`}
          </Title>
          <Text size="sm">
            {tu.partnership}: {plan.partnershipName}
            {plan.programme ? ` · ${tu.programme}: ${plan.programme}` : ''}
          </Text>
          <div>
            <WorkPlanStatusBadge status={plan.status} />
          </div>
        </Stack>
        {plan.status === 'approved' && !answered && plan.reviews.at(-1)?.decision === 'approved' && (
          <Alert color="teal" data-testid="public-already-approved">
            {fill(tu.alreadyApproved, {
              name: plan.reviews.at(-1)!.reviewerName,
              position: plan.reviews.at(-1)!.reviewerPosition,
            })}
          </Alert>
        )}
        <WorkPlanItemList items={plan.items} />
        <WorkPlanTotals totals={plan.totals} />
        <WorkPlanTimeline items={plan.items} />
        {plan.reviews.length > 0 && (
          <WorkPlanReviews reviews={plan.reviews} zone={plan.timeZone} title={tu.earlierReviews} />
        )}
        <Divider />
        {answered ? (
          <ThankYou plan={answered.plan} decision={answered.decision} />
        ) : (
          <PublicReviewForm
            plan={plan}
            token={token}
            onAnswered={(next, decision) => setAnswered({ plan: next, decision })}
            onReload={() => void queryClient.invalidateQueries({ queryKey: options.queryKey })}
          />
        )}
        <Text size="xs" c="dimmed">
          {fill(tu.validUntil, { until: formatLongDateTime(plan.linkExpiresAt, locale, plan.timeZone) })}
        </Text>
      </Stack>
    </PublicFrame>
  );
}
