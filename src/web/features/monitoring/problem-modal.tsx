import { useState } from 'react';
import { Group, Select, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Problem } from '../../../shared/contracts/monitoring';
import { problemStatuses } from '../../../shared/domain/monitoring-vocabulary';
import { useT } from '../../lib/i18n';
import { FormModal } from '../../ui/form-modal';
import { createProblem, monitoringQueryKey, updateProblem } from './monitoring-api';

interface ProblemModalProps {
  partnershipId: string;
  /** Absent for a new problem. */
  problem?: Problem;
  /** Opens with the status set to solved, for "mark solved". */
  solving?: boolean;
  onClose: () => void;
}

/** Log or edit a problem: what, why, the solution, who handles it and by when. */
export function ProblemModal({ partnershipId, problem, solving, onClose }: ProblemModalProps) {
  const { t } = useT();
  const tu = t.monitoringUi;
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    problem: problem?.problem ?? '',
    cause: problem?.cause ?? '',
    solution: problem?.solution ?? '',
    ownerName: problem?.ownerName ?? '',
    dueOn: problem?.dueOn ?? '',
    status: solving ? 'solved' : (problem?.status ?? 'open'),
  });
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: () => {
      const body = { ...values, dueOn: values.dueOn || null };
      return problem
        ? updateProblem(problem.id, { version: problem.version, ...body })
        : createProblem(partnershipId, body);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: monitoringQueryKey(partnershipId) });
      onClose();
    },
  });

  return (
    <FormModal
      title={problem ? tu.editProblem : tu.addProblem}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={save.error}
      saving={save.isPending}
      saveLabel={tu.save}
      cancelLabel={tu.cancel}
      testId="problem-form"
      saveTestId="problem-save"
    >
      <Textarea
        label={tu.problem}
        required
        autosize
        minRows={2}
        value={values.problem}
        onChange={(e) => set('problem')(e.currentTarget.value)}
        data-testid="problem-text"
      />
      <Textarea
        label={tu.cause}
        autosize
        value={values.cause}
        onChange={(e) => set('cause')(e.currentTarget.value)}
        data-testid="problem-cause"
      />
      <Textarea
        label={tu.solution}
        autosize
        value={values.solution}
        onChange={(e) => set('solution')(e.currentTarget.value)}
        data-testid="problem-solution"
      />
      <Group grow>
        <TextInput
          label={tu.ownerName}
          required
          value={values.ownerName}
          onChange={(e) => set('ownerName')(e.currentTarget.value)}
          data-testid="problem-owner"
        />
        <TextInput
          type="date"
          label={tu.dueOn}
          value={values.dueOn}
          onChange={(e) => set('dueOn')(e.currentTarget.value)}
          data-testid="problem-due"
        />
      </Group>
      <Select
        label={tu.status}
        value={values.status}
        allowDeselect={false}
        onChange={(value) => value && set('status')(value)}
        data={problemStatuses.map((status) => ({ value: status, label: t.problemStatuses[status] }))}
        data-testid="problem-status"
      />
    </FormModal>
  );
}
