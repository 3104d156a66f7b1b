import { useState } from 'react';
import { Badge, Button, Group, Modal, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { EvaluationSummary } from '../../../shared/contracts/evaluations';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { ButtonLink } from '../../ui/router-links';
import { createEvaluation, evaluationsQueryKey, evaluationsQueryOptions } from './evaluations-api';

function StartModal({ partnership, onClose }: { partnership: Partnership; onClose: () => void }) {
  const { t } = useT();
  const tu = t.evaluationsUi;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [year, setYear] = useState<number>(partnership.cycleYears.at(-1) ?? new Date().getFullYear());
  const start = useMutation({
    mutationFn: () => createEvaluation(partnership.id, year),
    onSuccess: async (evaluation) => {
      await queryClient.invalidateQueries({ queryKey: evaluationsQueryKey(partnership.id) });
      void navigate({
        to: '/kemitraan/$partnershipId/evaluasi/$evaluationId',
        params: { partnershipId: partnership.id, evaluationId: evaluation.id },
      });
    },
  });
  return (
    <Modal opened onClose={onClose} title={tu.startTitle}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate();
        }}
      >
        <Stack gap="sm">
          {start.error && <ErrorAlert error={start.error} />}
          <NumberInput
            label={tu.cycleYear}
            value={year}
            min={2000}
            max={2100}
            onChange={(value) => setYear(Number(value))}
            data-testid="evaluation-cycle-year"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={start.isPending} data-testid="evaluation-start-submit">
              {tu.start}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EvaluationRow({
  partnershipId,
  evaluation,
}: {
  partnershipId: string;
  evaluation: EvaluationSummary;
}) {
  const { t } = useT();
  const tu = t.evaluationsUi;
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" data-testid={`evaluation-${evaluation.cycleYear}`}>
      <Stack gap={4}>
        <Text fw={600}>{fill(tu.cycle, { year: evaluation.cycleYear })}</Text>
        <Group gap={6}>
          <Badge variant="light" color={evaluation.institutionPartFilled ? 'teal' : 'gray'}>
            {evaluation.institutionPartFilled ? tu.partFilled : tu.partMissing}
          </Badge>
          <Badge variant="light" color={evaluation.partnerSubmittedAt ? 'teal' : 'gray'}>
            {evaluation.partnerSubmittedAt ? tu.partnerGiven : tu.partnerWaiting}
          </Badge>
          <Badge
            variant="light"
            color={evaluation.decision ? 'blue' : 'gray'}
            data-testid="evaluation-decision-badge"
          >
            {evaluation.decision ? t.evaluationDecisions[evaluation.decision] : tu.undecided}
          </Badge>
        </Group>
      </Stack>
      <ButtonLink
        variant="light"
        to="/kemitraan/$partnershipId/evaluasi/$evaluationId"
        params={{ partnershipId, evaluationId: evaluation.id }}
        data-testid="evaluation-open"
      >
        {tu.open}
      </ButtonLink>
    </Group>
  );
}

/** Evaluasi dan tindak lanjut (guide steps 9–11) on the partnership page: each cycle's evaluation. */
export function EvaluationsSection({
  partnership,
  canWrite,
}: {
  partnership: Partnership;
  canWrite: boolean;
}) {
  const { t } = useT();
  const tu = t.evaluationsUi;
  const [starting, setStarting] = useState(false);
  const query = useQuery(evaluationsQueryOptions(partnership.id));
  const evaluations = query.data?.items ?? [];
  const startButton = (variant: 'filled' | 'light') =>
    canWrite && (
      <Button variant={variant} onClick={() => setStarting(true)} data-testid="evaluation-start">
        {tu.start}
      </Button>
    );
  return (
    <Paper withBorder radius="md" p="md" data-testid="evaluations">
      {starting && <StartModal partnership={partnership} onClose={() => setStarting(false)} />}
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4">
            {tu.title}
          </Title>
          <Text size="sm" c="dimmed">
            {tu.intro}
          </Text>
        </div>
        {evaluations.length > 0 && startButton('light')}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : evaluations.length === 0 ? (
        <EmptyPanel
          testId="evaluations-empty"
          title={tu.emptyTitle}
          description={tu.emptyBody}
          actions={startButton('filled') || undefined}
        />
      ) : (
        <Stack gap="sm">
          {evaluations.map((evaluation) => (
            <EvaluationRow key={evaluation.id} partnershipId={partnership.id} evaluation={evaluation} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
