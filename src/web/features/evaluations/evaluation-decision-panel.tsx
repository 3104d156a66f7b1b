import { useState } from 'react';
import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Evaluation } from '../../../shared/contracts/evaluations';
import { evaluationDecisions, type EvaluationDecision } from '../../../shared/domain/evaluation-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { ButtonLink } from '../../ui/router-links';
import { createAgreementFollowUp, createNextWorkPlan, decideEvaluation } from './evaluations-api';
import { useSaveEvaluation } from './use-save-evaluation';

function FollowUpButtons({ evaluation, canWrite }: { evaluation: Evaluation; canWrite: boolean }) {
  const { t } = useT();
  const tu = t.evaluationsUi;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toPartnership = () =>
    navigate({ to: '/kemitraan/$partnershipId', params: { partnershipId: evaluation.partnershipId } });
  const nextPlan = useMutation({
    mutationFn: () => createNextWorkPlan(evaluation.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['partnerships'] });
      void toPartnership();
    },
  });
  const agreement = useMutation({
    mutationFn: () => createAgreementFollowUp(evaluation.id),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries();
      void navigate({ to: '/kesepakatan/$agreementId', params: { agreementId: result.createdId } });
    },
  });
  if (evaluation.decision === 'stop') return <Text size="sm">{tu.stoppedNote}</Text>;
  return (
    <Stack gap="xs" data-testid="evaluation-follow-up">
      <Title order={3} size="h5">
        {tu.followUpTitle}
      </Title>
      <Group gap="xs">
        {evaluation.nextWorkPlanId ? (
          <ButtonLink
            variant="light"
            to="/kemitraan/$partnershipId"
            params={{ partnershipId: evaluation.partnershipId }}
            data-testid="evaluation-open-next-plan"
          >
            {tu.openNextPlan}
          </ButtonLink>
        ) : (
          canWrite && (
            <Button
              onClick={() => nextPlan.mutate()}
              loading={nextPlan.isPending}
              data-testid="evaluation-next-plan"
            >
              {tu.createNextPlan}
            </Button>
          )
        )}
        {evaluation.followUpAgreementId ? (
          <ButtonLink
            variant="light"
            to="/kesepakatan/$agreementId"
            params={{ agreementId: evaluation.followUpAgreementId }}
            data-testid="evaluation-open-agreement"
          >
            {tu.openAgreement}
          </ButtonLink>
        ) : (
          canWrite && (
            <Button
              variant="light"
              onClick={() => agreement.mutate()}
              loading={agreement.isPending}
              data-testid="evaluation-agreement-follow-up"
            >
              {evaluation.decision === 'continue' ? tu.createExtension : tu.createAddendum}
            </Button>
          )
        )}
      </Group>
      {nextPlan.error && <ErrorAlert error={nextPlan.error} />}
      {agreement.error && <ErrorAlert error={agreement.error} />}
    </Stack>
  );
}

/** Step 10's decision with its reason (managers and admins), then the step-11 follow-ups it allows. */
export function EvaluationDecisionPanel({
  evaluation,
  canWrite,
}: {
  evaluation: Evaluation;
  canWrite: boolean;
}) {
  const { t, locale } = useT();
  const tu = t.evaluationsUi;
  const zone = useMe().institution.timeZone;
  const canDecide = useCan('evaluations.decide');
  const [decision, setDecision] = useState<EvaluationDecision>('continue_with_changes');
  const [reason, setReason] = useState('');
  const decide = useSaveEvaluation(evaluation, () =>
    decideEvaluation(evaluation.id, { version: evaluation.version, decision, reason }),
  );
  return (
    <Paper withBorder radius="md" p="md" data-testid="evaluation-decision">
      <Title order={2} size="h4">
        {tu.decisionTitle}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {tu.decisionIntro}
      </Text>
      {evaluation.decision ? (
        <Stack gap="sm">
          <Alert color={evaluation.decision === 'stop' ? 'orange' : 'teal'} data-testid="evaluation-decided">
            <Text fw={600}>{t.evaluationDecisions[evaluation.decision]}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {evaluation.decisionReason}
            </Text>
            {evaluation.decidedAt && (
              <Text size="xs" c="dimmed" mt={4}>
                {fill(tu.decidedBy, {
                  name: evaluation.decidedByName ?? '—',
                  at: formatLongDateTime(evaluation.decidedAt, locale, zone),
                })}
              </Text>
            )}
          </Alert>
          <FollowUpButtons evaluation={evaluation} canWrite={canWrite} />
        </Stack>
      ) : !canDecide ? (
        <Text size="sm">{tu.noDecideRight}</Text>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate(undefined);
          }}
        >
          <Stack gap="sm">
            {!evaluation.institutionPartFilled && (
              <Alert color="orange" data-testid="evaluation-fill-first">
                {tu.fillFirst}
              </Alert>
            )}
            <Radio.Group label={tu.decision} value={decision} onChange={(value) => setDecision(value)}>
              <Stack gap={6} mt={4}>
                {evaluationDecisions.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    label={t.evaluationDecisions[value]}
                    data-testid={`decision-${value}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={tu.reason}
              value={reason}
              autosize
              minRows={2}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-testid="decision-reason"
            />
            {decide.error && <ErrorAlert error={decide.error} />}
            <Group justify="flex-end">
              <Button type="submit" loading={decide.isPending} data-testid="decision-submit">
                {tu.decide}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
