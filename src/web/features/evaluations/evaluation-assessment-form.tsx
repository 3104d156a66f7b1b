import { keyboardScrollable } from '../../ui/keyboard-scrollable';
import { useState } from 'react';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { Locale } from '../../../shared/contracts/auth';
import type { Evaluation, EvaluationItem } from '../../../shared/contracts/evaluations';
import {
  evaluationOutcomes,
  goalReachedValues,
  type EvaluationOutcome,
  type GoalReached,
} from '../../../shared/domain/evaluation-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { formatNumber } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { updateEvaluation } from './evaluations-api';
import { useSaveEvaluation } from './use-save-evaluation';

interface ItemValues {
  id: string;
  outcome: EvaluationOutcome;
  goalReached: GoalReached;
  note: string;
}

function figure(value: number | null, unit: string, none: string, locale: Locale): string {
  return value === null ? none : `${formatNumber(value, locale)} ${unit}`;
}

function ItemRow({
  item,
  values,
  onChange,
  readOnly,
}: {
  item: EvaluationItem;
  values: ItemValues;
  onChange: (next: ItemValues) => void;
  readOnly: boolean;
}) {
  const { t, locale } = useT();
  const tu = t.evaluationsUi;
  const unit = item.planned?.targetUnit ?? '';
  return (
    <Table.Tr data-testid={`evaluation-item-${item.position}`}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {item.activity}
        </Text>
        <Text size="xs" c="dimmed">
          {fill(tu.suggested, { outcome: t.evaluationOutcomes[item.suggestedOutcome] })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {item.planned
            ? `${figure(item.planned.targetQuantity, unit, '', locale)} ${item.planned.targetDescription}`
            : '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" data-testid="evaluation-item-actual">
          {figure(item.actual.quantity, unit, tu.noFigure, locale)}
        </Text>
      </Table.Td>
      <Table.Td miw={175}>
        <Select
          aria-label={tu.outcome}
          data={evaluationOutcomes.map((value) => ({ value, label: t.evaluationOutcomes[value] }))}
          value={values.outcome}
          allowDeselect={false}
          disabled={readOnly}
          onChange={(value) => value && onChange({ ...values, outcome: value })}
          data-testid="evaluation-item-outcome"
        />
      </Table.Td>
      <Table.Td miw={175}>
        <Select
          aria-label={tu.goalReached}
          data={goalReachedValues.map((value) => ({ value, label: t.goalReachedLabels[value] }))}
          value={values.goalReached}
          allowDeselect={false}
          disabled={readOnly}
          onChange={(value) => value && onChange({ ...values, goalReached: value })}
          data-testid="evaluation-item-goal"
        />
      </Table.Td>
      <Table.Td miw={220}>
        <Textarea
          aria-label={tu.note}
          value={values.note}
          autosize
          minRows={1}
          readOnly={readOnly}
          onChange={(event) => onChange({ ...values, note: event.currentTarget.value })}
          data-testid="evaluation-item-note"
        />
      </Table.Td>
    </Table.Tr>
  );
}

/** The items judged (plan against actual) and the institution's own part, saved together. */
export function EvaluationAssessmentForm({
  evaluation,
  canWrite,
}: {
  evaluation: Evaluation;
  canWrite: boolean;
}) {
  const { t } = useT();
  const tu = t.evaluationsUi;
  const readOnly = !canWrite || evaluation.decision !== null;
  const [items, setItems] = useState<ItemValues[]>(() =>
    evaluation.items.map((item) => ({
      id: item.id,
      outcome: item.outcome,
      goalReached: item.goalReached,
      note: item.note ?? '',
    })),
  );
  const part = evaluation.institutionPart;
  const [goalsSummary, setGoalsSummary] = useState(part.goalsSummary ?? '');
  const [obstacles, setObstacles] = useState(part.obstacles ?? '');
  const [satisfaction, setSatisfaction] = useState<number | string>(part.satisfaction ?? '');
  const [recommendations, setRecommendations] = useState(part.recommendations ?? '');
  const save = useSaveEvaluation(
    evaluation,
    () =>
      updateEvaluation(evaluation.id, {
        version: evaluation.version,
        goalsSummary,
        obstacles,
        institutionSatisfaction: satisfaction === '' ? null : Number(satisfaction),
        recommendations,
        items: items.map((item) => ({ ...item, note: item.note })),
      }),
    tu.saved,
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(undefined);
      }}
    >
      <Stack gap="md">
        <Paper withBorder radius="md" p="md" data-testid="evaluation-items">
          <Title order={2} size="h4">
            {tu.itemsTitle}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {tu.itemsIntro}
          </Text>
          <Table.ScrollContainer minWidth={900} scrollAreaProps={keyboardScrollable}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{tu.activity}</Table.Th>
                  <Table.Th>{tu.planned}</Table.Th>
                  <Table.Th>{tu.actual}</Table.Th>
                  <Table.Th>{tu.outcome}</Table.Th>
                  <Table.Th>{tu.goalReached}</Table.Th>
                  <Table.Th>{tu.note}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {evaluation.items.map((item, index) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    values={items[index]!}
                    readOnly={readOnly}
                    onChange={(next) => setItems(items.map((value, at) => (at === index ? next : value)))}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <Paper withBorder radius="md" p="md" data-testid="evaluation-institution-part">
          <Title order={2} size="h4" mb="sm">
            {tu.institutionTitle}
          </Title>
          <Stack gap="sm">
            <Textarea
              label={tu.goalsSummary}
              value={goalsSummary}
              autosize
              minRows={2}
              readOnly={readOnly}
              onChange={(event) => setGoalsSummary(event.currentTarget.value)}
              data-testid="evaluation-goals"
            />
            <Textarea
              label={tu.obstacles}
              value={obstacles}
              autosize
              minRows={2}
              readOnly={readOnly}
              onChange={(event) => setObstacles(event.currentTarget.value)}
              data-testid="evaluation-obstacles"
            />
            <NumberInput
              label={tu.satisfaction}
              value={satisfaction}
              min={1}
              max={5}
              w={200}
              readOnly={readOnly}
              onChange={setSatisfaction}
              data-testid="evaluation-satisfaction"
            />
            <Textarea
              label={tu.recommendations}
              value={recommendations}
              autosize
              minRows={2}
              readOnly={readOnly}
              onChange={(event) => setRecommendations(event.currentTarget.value)}
              data-testid="evaluation-recommendations"
            />
            {save.error && <ErrorAlert error={save.error} />}
            {!readOnly && (
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending} data-testid="evaluation-save">
                  {tu.save}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}
