import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Evaluation } from '../../../shared/contracts/evaluations';
import { useNotify } from '../../ui/use-notify';
import { evaluationsQueryKey } from './evaluations-api';

/** A change to the evaluation: the answer replaces the cached copy and the partnership's lists refresh. */
export function useSaveEvaluation<Input>(
  evaluation: Evaluation,
  save: (input: Input) => Promise<Evaluation>,
  message?: string,
) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: save,
    onSuccess: async (next) => {
      queryClient.setQueryData([...evaluationsQueryKey(evaluation.partnershipId), evaluation.id], next);
      await queryClient.invalidateQueries({ queryKey: ['partnerships'] });
      if (message) notify.success(message);
    },
  });
}
