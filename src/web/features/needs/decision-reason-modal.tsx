import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import type { NeedDecisionKind } from '../../../shared/contracts/needs';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';

interface DecisionReasonModalProps {
  decision: Exclude<NeedDecisionKind, 'pursue'>;
  partnerName: string;
  saving: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** "Nanti dulu" and "Tidak relevan" keep why, so the next person looking knows. */
export function DecisionReasonModal({
  decision,
  partnerName,
  saving,
  onConfirm,
  onClose,
}: DecisionReasonModalProps) {
  const { t } = useT();
  const tn = t.needsUi;
  const [reason, setReason] = useState('');
  return (
    <Modal
      opened
      onClose={onClose}
      title={fill(tn.reasonTitle, { decision: t.needDecisions[decision], partner: partnerName })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim()) onConfirm(reason.trim());
        }}
      >
        <Stack>
          <Textarea
            label={tn.reasonLabel}
            description={tn.reasonHint}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            minRows={3}
            autosize
            required
            maxLength={2000}
            data-autofocus
            data-testid="decision-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tn.cancel}
            </Button>
            <Button
              type="submit"
              disabled={reason.trim() === ''}
              loading={saving}
              data-testid="decision-confirm"
            >
              {tn.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
