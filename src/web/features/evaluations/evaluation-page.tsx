import { Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { MonevReportDownloads } from '../evidence-pack/monev-report-downloads';
import { EvaluationAssessmentForm } from './evaluation-assessment-form';
import { EvaluationDecisionPanel } from './evaluation-decision-panel';
import { EvaluationImprovements } from './evaluation-improvements';
import { EvaluationPartnerPart } from './evaluation-partner-part';
import { evaluationQueryOptions } from './evaluations-api';
import { FollowUpRowsEditor } from './follow-up-rows-editor';

const routeApi = getRouteApi('/_app/kemitraan/$partnershipId/evaluasi/$evaluationId');

/** One cycle's joint evaluation (steps 9–11): judgement, both parts, improvements, RTL, decision. */
export function EvaluationPage() {
  const { t } = useT();
  const tu = t.evaluationsUi;
  const { partnershipId, evaluationId } = routeApi.useParams();
  const canWrite = useCan('partnerships.write');
  const query = useQuery(evaluationQueryOptions(partnershipId, evaluationId));
  const back = (
    <Group mb="xs">
      <AnchorLink to="/kemitraan/$partnershipId" params={{ partnershipId }} size="sm">
        ← {tu.back}
      </AnchorLink>
    </Group>
  );
  if (query.isPending) return <PageLoader />;
  if (query.isError)
    return (
      <>
        {back}
        <ErrorAlert error={query.error} />
      </>
    );
  const evaluation = query.data;
  return (
    <>
      {back}
      <PageHeader
        title={fill(tu.pageTitle, { year: evaluation.cycleYear })}
        description={evaluation.partnershipName}
      />
      <Stack gap="md" data-testid="evaluation-page">
        <EvaluationAssessmentForm evaluation={evaluation} canWrite={canWrite} />
        <EvaluationPartnerPart evaluation={evaluation} canWrite={canWrite} />
        <EvaluationImprovements evaluation={evaluation} canWrite={canWrite} />
        <FollowUpRowsEditor evaluation={evaluation} canWrite={canWrite} />
        <EvaluationDecisionPanel evaluation={evaluation} canWrite={canWrite} />
        <MonevReportDownloads evaluationId={evaluation.id} />
      </Stack>
    </>
  );
}
