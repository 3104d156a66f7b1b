import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import type { Evaluation } from '../../../shared/contracts/evaluations';
import { improvementStatuses, type ImprovementStatus } from '../../../shared/domain/evaluation-vocabulary';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { replaceImprovements } from './evaluations-api';
import { useSaveEvaluation } from './use-save-evaluation';

interface ImprovementValues {
  improvement: string;
  ownerName: string;
  dueOn: string;
  status: ImprovementStatus;
}

const blank: ImprovementValues = { improvement: '', ownerName: '', dueOn: '', status: 'open' };

/** Daftar perbaikan (guide step 10): what changes, who sees to it, by when. */
export function EvaluationImprovements({
  evaluation,
  canWrite,
}: {
  evaluation: Evaluation;
  canWrite: boolean;
}) {
  const { t } = useT();
  const tu = t.evaluationsUi;
  const [rows, setRows] = useState<ImprovementValues[]>(() =>
    evaluation.improvements.map((row) => ({
      improvement: row.improvement,
      ownerName: row.ownerName ?? '',
      dueOn: row.dueOn ?? '',
      status: row.status,
    })),
  );
  const save = useSaveEvaluation(
    evaluation,
    () =>
      replaceImprovements(evaluation.id, {
        version: evaluation.version,
        improvements: rows.map((row) => ({
          improvement: row.improvement,
          ownerName: row.ownerName || null,
          dueOn: row.dueOn || null,
          status: row.status,
        })),
      }),
    tu.saved,
  );
  const change = (index: number, next: Partial<ImprovementValues>) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, ...next } : row)));
  return (
    <Paper withBorder radius="md" p="md" data-testid="evaluation-improvements">
      <Title order={2} size="h4" mb="sm">
        {tu.improvementsTitle}
      </Title>
      <Stack gap="xs">
        {rows.map((row, index) => (
          <Group key={index} align="flex-end" wrap="wrap" gap="xs" data-testid={`improvement-${index}`}>
            <TextInput
              label={tu.improvement}
              value={row.improvement}
              style={{ flex: 2, minWidth: 220 }}
              readOnly={!canWrite}
              onChange={(event) => change(index, { improvement: event.currentTarget.value })}
              data-testid="improvement-text"
            />
            <TextInput
              label={tu.ownerName}
              value={row.ownerName}
              style={{ flex: 1, minWidth: 140 }}
              readOnly={!canWrite}
              onChange={(event) => change(index, { ownerName: event.currentTarget.value })}
              data-testid="improvement-owner"
            />
            <TextInput
              type="date"
              label={tu.dueOn}
              value={row.dueOn}
              readOnly={!canWrite}
              onChange={(event) => change(index, { dueOn: event.currentTarget.value })}
              data-testid="improvement-due"
            />
            <Select
              label={tu.status}
              w={140}
              data={improvementStatuses.map((value) => ({ value, label: t.improvementStatuses[value] }))}
              value={row.status}
              allowDeselect={false}
              disabled={!canWrite}
              onChange={(value) => value && change(index, { status: value })}
            />
            {canWrite && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={tu.remove}
                onClick={() => setRows(rows.filter((_, at) => at !== index))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {save.error && <ErrorAlert error={save.error} />}
        {canWrite && (
          <Group justify="space-between">
            <Button variant="default" onClick={() => setRows([...rows, blank])} data-testid="improvement-add">
              {tu.addImprovement}
            </Button>
            <Button
              onClick={() => save.mutate(undefined)}
              loading={save.isPending}
              data-testid="improvements-save"
            >
              {tu.saveImprovements}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
