import { useCallback, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnershipSummary } from '../../../shared/contracts/partnerships';
import { transitionsFrom, type PartnershipStage } from '../../../shared/domain/partnership-stages';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/describe-error';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';
import { movePartnership, partnershipsQueryKey, readUnmetGate } from './partnerships-api';

export interface PendingReason {
  partnership: PartnershipSummary;
  to: PartnershipStage;
}

/** Whether the table asks for a written reason on this move (giving up, ending, reopening). */
export function needsReason(from: PartnershipStage, to: PartnershipStage): boolean {
  return transitionsFrom(from).some((move) => move.to === to && move.gate === 'reason_given');
}

/**
 * Stage moves from the board, the list and the partnership page. A refusal is kept per
 * partnership so it can be explained on the card the user tried to move, which stays put.
 */
export function useMovePartnership() {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const [pendingReason, setPendingReason] = useState<PendingReason | null>(null);

  const mutation = useMutation({
    mutationFn: (input: { partnership: PartnershipSummary; to: PartnershipStage; reason?: string }) =>
      movePartnership(input.partnership.id, {
        to: input.to,
        reason: input.reason ?? null,
        version: input.partnership.version,
      }),
    onSuccess: (moved, input) => {
      setRefusals(({ [input.partnership.id]: _dropped, ...rest }) => rest);
      setPendingReason(null);
      notify.success(
        fill(t.partnershipsUi.moved, { name: moved.name, stage: t.partnershipStages[moved.stage] }),
      );
      return queryClient.invalidateQueries({ queryKey: partnershipsQueryKey });
    },
    onError: (error, input) => {
      setPendingReason(null);
      const stage = t.partnershipStages[input.to];
      const gate = readUnmetGate(error);
      const message = gate
        ? fill(t.partnershipsUi.refusedGate, { stage, gate: t.stageGates[gate] })
        : isApiError(error, 'PARTNERSHIP_MOVE_NOT_ALLOWED')
          ? fill(t.partnershipsUi.refusedNotAllowed, { stage })
          : describeError(error, t).message;
      setRefusals((current) => ({ ...current, [input.partnership.id]: message }));
      // Someone moved or changed it meanwhile: show the board as it is now, the refusal on the card.
      if (isApiError(error, 'VERSION_CONFLICT')) {
        return queryClient.invalidateQueries({ queryKey: partnershipsQueryKey });
      }
    },
  });

  const move = useCallback(
    (partnership: PartnershipSummary, to: PartnershipStage) => {
      if (partnership.stage === to) return;
      if (needsReason(partnership.stage, to)) setPendingReason({ partnership, to });
      else mutation.mutate({ partnership, to });
    },
    [mutation],
  );

  return {
    move,
    refusals,
    dismiss: (id: string) => setRefusals(({ [id]: _dropped, ...rest }) => rest),
    pendingReason,
    confirmReason: (reason: string) => pendingReason && mutation.mutate({ ...pendingReason, reason }),
    cancelReason: () => setPendingReason(null),
    moving: mutation.isPending,
  };
}

export type PartnershipMover = ReturnType<typeof useMovePartnership>;
