import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DecideRequest, DecisionResult } from '../../../shared/contracts/needs';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';
import { partnershipsQueryKey } from '../partnerships/partnerships-api';
import { decide, needsQueryKey } from './needs-api';

/** Records a decision and says, for a pursuit, where the partnership got and what it needs next. */
export function useDecide(needId: string) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecideRequest & { partnerName: string }) => {
      const { partnerName: _partnerName, ...request } = body;
      return decide(needId, request);
    },
    onSuccess: async (result: DecisionResult, body) => {
      const pursued = result.partnership;
      if (pursued) {
        const values = {
          name: body.partnerName,
          stage: t.partnershipStages[pursued.stage],
          gate: pursued.stoppedAtGate ? t.stageGates[pursued.stoppedAtGate as keyof typeof t.stageGates] : '',
        };
        notify.success(fill(pursued.stoppedAtGate ? t.needsUi.pursuedStopped : t.needsUi.pursued, values));
      } else {
        notify.success(fill(t.needsUi.decided, { decision: t.needDecisions[result.decision.decision] }));
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: needsQueryKey }),
        queryClient.invalidateQueries({ queryKey: partnershipsQueryKey }),
      ]);
    },
    onError: (error) => notify.error(error),
  });
}
