import { keyboardScrollable } from '../../ui/keyboard-scrollable';
import { useState } from 'react';
import {
  Alert,
  Button,
  Divider,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { PublicEvaluation } from '../../../shared/contracts/evaluations';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/describe-error';
import { formatLongDateTime, formatNumber } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { PublicFrame } from '../../ui/public-frame';
import { publicEvaluationQueryOptions, submitPartnerPart } from './evaluations-api';

const routeApi = getRouteApi('/tautan/evaluasi/$evaluationId/$token');
const linkCodes = ['LINK_NOT_FOUND', 'LINK_EXPIRED', 'LINK_USED', 'LINK_REVOKED'] as const;

function PlanAgainstActual({ evaluation }: { evaluation: PublicEvaluation }) {
  const { t, locale } = useT();
  const tu = t.evaluationsUi;
  return (
    <Table.ScrollContainer minWidth={320} scrollAreaProps={keyboardScrollable}>
      <Table verticalSpacing={6} fz="sm" data-testid="public-evaluation-items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tu.activity}</Table.Th>
            <Table.Th>{tu.planned}</Table.Th>
            <Table.Th>{tu.actual}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evaluation.items.map((item, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                {item.activity}
                <Text size="xs" c="dimmed">
                  {t.evaluationOutcomes[item.outcome]}
                </Text>
              </Table.Td>
              <Table.Td>
                {item.planned
                  ? `${formatNumber(item.planned.targetQuantity, locale)} ${item.planned.targetUnit}`
                  : '—'}
              </Table.Td>
              <Table.Td>
                {item.actualQuantity === null
                  ? '—'
                  : `${formatNumber(item.actualQuantity, locale)} ${item.planned?.targetUnit ?? ''}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PartnerForm({
  evaluationId,
  token,
  onDone,
}: {
  evaluationId: string;
  token: string;
  onDone: () => void;
}) {
  const { t } = useT();
  const tu = t.publicEvaluationUi;
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [satisfaction, setSatisfaction] = useState<number | string>('');
  const [goalsSummary, setGoalsSummary] = useState('');
  const [obstacles, setObstacles] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const submit = useMutation({
    mutationFn: () =>
      submitPartnerPart(evaluationId, token, {
        respondentName: name,
        respondentPosition: position,
        satisfaction: Number(satisfaction),
        goalsSummary,
        obstacles,
        recommendations,
      }),
    onSuccess: onDone,
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit.mutate();
      }}
    >
      <Stack gap="sm" data-testid="public-evaluation-form">
        <Title order={2} size="h4">
          {tu.formTitle}
        </Title>
        <TextInput
          label={tu.respondentName}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="partner-name"
        />
        <TextInput
          label={tu.respondentPosition}
          required
          value={position}
          onChange={(e) => setPosition(e.currentTarget.value)}
          data-testid="partner-position"
        />
        <NumberInput
          label={tu.satisfaction}
          required
          min={1}
          max={5}
          value={satisfaction}
          onChange={setSatisfaction}
          data-testid="partner-satisfaction"
        />
        <Textarea
          label={tu.goalsSummary}
          required
          autosize
          minRows={3}
          value={goalsSummary}
          onChange={(e) => setGoalsSummary(e.currentTarget.value)}
          data-testid="partner-goals"
        />
        <Textarea
          label={tu.obstacles}
          autosize
          minRows={2}
          value={obstacles}
          onChange={(e) => setObstacles(e.currentTarget.value)}
          data-testid="partner-obstacles"
        />
        <Textarea
          label={tu.recommendations}
          autosize
          minRows={2}
          value={recommendations}
          onChange={(e) => setRecommendations(e.currentTarget.value)}
          data-testid="partner-recommendations"
        />
        {submit.error && <ErrorAlert error={submit.error} />}
        <Button type="submit" size="md" fullWidth loading={submit.isPending} data-testid="partner-submit">
          {tu.submit}
        </Button>
      </Stack>
    </form>
  );
}

/** The page a partner opens from WhatsApp, on a phone, without an account, to give its part once. */
export function PublicEvaluationPage() {
  const { t, locale } = useT();
  const tu = t.publicEvaluationUi;
  const { evaluationId, token } = routeApi.useParams();
  const query = useQuery(publicEvaluationQueryOptions(evaluationId, token));
  const [done, setDone] = useState(false);
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    const linkProblem = linkCodes.some((code) => isApiError(query.error, code));
    return (
      <PublicFrame title={tu.pageTitle} size={720}>
        {linkProblem ? (
          <Alert color="orange" title={tu.linkProblemTitle} data-testid="public-link-problem">
            {isApiError(query.error, 'LINK_USED') ? tu.linkUsed : describeError(query.error, t).message}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} />
        )}
      </PublicFrame>
    );
  }
  const evaluation = query.data;
  return (
    <PublicFrame title={tu.pageTitle} size={720}>
      <Stack gap="md" data-testid="public-evaluation">
        <Text size="sm">
          {fill(tu.from, {
            institution: evaluation.institutionName,
            partnership: evaluation.partnershipName,
            year: evaluation.cycleYear,
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {tu.why}
        </Text>
        <Title order={2} size="h4">
          {tu.itemsTitle}
        </Title>
        <PlanAgainstActual evaluation={evaluation} />
        <Divider />
        {done ? (
          <Alert color="teal" title={tu.thanksTitle} data-testid="public-evaluation-thanks">
            {fill(tu.thanks, { institution: evaluation.institutionName })}
          </Alert>
        ) : (
          <PartnerForm evaluationId={evaluationId} token={token} onDone={() => setDone(true)} />
        )}
        <Text size="xs" c="dimmed">
          {fill(tu.validUntil, {
            until: formatLongDateTime(evaluation.linkExpiresAt, locale, evaluation.timeZone),
          })}
        </Text>
      </Stack>
    </PublicFrame>
  );
}
