import { useState } from 'react';
import { Button } from '@mantine/core';
import type { MessagePurpose } from '../../../shared/domain/care-vocabulary';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { ComposeMessageModal } from './compose-message-modal';

export interface ComposeMessageButtonProps {
  /** null: the composer first asks which partner (an institution-wide item such as a holiday). */
  partnerId: string | null;
  purpose?: MessagePurpose;
  /** e.g. "holiday:<id>", "occasion:<id>", "anniversary:<agreement id>" (greetings). */
  occasionRef?: string | null;
  label?: string;
  testId?: string;
}

/** Opens the composer: a prefilled WhatsApp or email message, asked about afterwards and logged. */
export function ComposeMessageButton({
  partnerId,
  purpose,
  occasionRef,
  label,
  testId,
}: ComposeMessageButtonProps) {
  const { t } = useT();
  const canSend = useCan('care.write');
  const [open, setOpen] = useState(false);
  if (!canSend) return null;
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} data-testid={testId ?? 'message-compose'}>
        {label ?? t.messagesUi.send}
      </Button>
      {open && (
        <ComposeMessageModal
          partnerId={partnerId}
          purpose={purpose ?? (occasionRef ? 'greeting' : 'follow_up')}
          occasionRef={occasionRef ?? null}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
