import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Problem } from '../../../shared/contracts/monitoring';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { ProblemStatus } from '../../../shared/domain/monitoring-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { ConfirmModal } from '../../ui/confirm-modal';
import { useNotify } from '../../ui/use-notify';
import { deleteProblem, monitoringQueryKey } from './monitoring-api';
import { ProblemModal } from './problem-modal';
import { RecordListSection } from './record-list-section';

const statusColours: Record<ProblemStatus, string> = { open: 'red', in_progress: 'blue', solved: 'teal' };

interface ProblemsLogProps {
  partnershipId: string;
  problems: readonly Problem[];
  timeZone: TimeZoneCode;
  canWrite: boolean;
}

/** The problems-and-solutions log: open ones first, each with its cause, solution, owner and due date. */
export function ProblemsLog({ partnershipId, problems, timeZone, canWrite }: ProblemsLogProps) {
  const { t, locale } = useT();
  const tu = t.monitoringUi;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ problem?: Problem; solving?: boolean } | null>(null);
  const [deleting, setDeleting] = useState<Problem | null>(null);
  const remove = useMutation({
    mutationFn: (problem: Problem) => deleteProblem(problem.id, problem.version),
    onSuccess: () => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: monitoringQueryKey(partnershipId) });
    },
    onError: notify.error,
  });

  return (
    <RecordListSection
      testId="problems"
      title={tu.problemsTitle}
      isEmpty={problems.length === 0}
      emptyTitle={tu.problemsEmptyTitle}
      emptyBody={tu.problemsEmptyBody}
      add={
        canWrite ? { label: tu.addProblem, testId: 'problem-add', onClick: () => setEditing({}) } : undefined
      }
      modals={
        <>
          {editing && (
            <ProblemModal
              partnershipId={partnershipId}
              problem={editing.problem}
              solving={editing.solving}
              onClose={() => setEditing(null)}
            />
          )}
          <ConfirmModal
            opened={deleting !== null}
            title={tu.deleteProblemTitle}
            body={tu.deleteBody}
            confirmLabel={tu.delete}
            danger
            loading={remove.isPending}
            onConfirm={() => deleting && remove.mutate(deleting)}
            onClose={() => setDeleting(null)}
          />
        </>
      }
    >
      {problems.map((problem) => (
        <Paper key={problem.id} withBorder radius="sm" p="sm" data-testid="problem">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Badge
                  color={statusColours[problem.status]}
                  variant="light"
                  data-testid="problem-status-badge"
                >
                  {t.problemStatuses[problem.status]}
                </Badge>
                <Text size="sm" fw={600}>
                  {problem.problem}
                </Text>
              </Group>
              {problem.cause && (
                <Text size="sm">
                  {tu.cause}: {problem.cause}
                </Text>
              )}
              {problem.solution && (
                <Text size="sm" data-testid="problem-solution-text">
                  {tu.solution}: {problem.solution}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {[
                  fill(tu.ownerLabel, { name: problem.ownerName }),
                  problem.dueOn &&
                    fill(tu.dueLabel, { date: formatShortDate(problem.dueOn, locale, timeZone) }),
                  problem.solvedAt &&
                    fill(tu.solvedOn, { date: formatShortDate(problem.solvedAt, locale, timeZone) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            {canWrite && (
              <Group gap={4} wrap="nowrap">
                {problem.status !== 'solved' && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    color="teal"
                    onClick={() => setEditing({ problem, solving: true })}
                    data-testid="problem-solve"
                  >
                    {tu.markSolved}
                  </Button>
                )}
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ problem })}>
                  {tu.edit}
                </Button>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={tu.delete}
                  onClick={() => setDeleting(problem)}
                >
                  ×
                </ActionIcon>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
    </RecordListSection>
  );
}
