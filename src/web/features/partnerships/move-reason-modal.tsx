import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import type { PartnershipMover } from './use-move-partnership';

/** Giving up, ending or reopening needs a reason the stage history keeps. */
export function MoveReasonModal({ mover }: { mover: PartnershipMover }) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const pending = mover.pendingReason;
  const close = () => {
    setReason('');
    mover.cancelReason();
  };
  return (
    <Modal
      opened={pending !== null}
      onClose={close}
      title={pending ? fill(t.partnershipsUi.reasonTitle, { stage: t.partnershipStages[pending.to] }) : ''}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          mover.confirmReason(reason.trim());
          setReason('');
        }}
      >
        <Stack>
          <Textarea
            label={t.partnershipsUi.reasonLabel}
            description={t.partnershipsUi.reasonHint}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            minRows={3}
            autosize
            required
            data-autofocus
            data-testid="move-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.partnershipsUi.cancel}
            </Button>
            <Button
              type="submit"
              disabled={reason.trim() === ''}
              loading={mover.moving}
              data-testid="move-reason-confirm"
            >
              {t.partnershipsUi.confirmMove}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
