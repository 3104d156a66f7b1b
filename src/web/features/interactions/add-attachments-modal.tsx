import { useState } from 'react';
import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Interaction } from '../../../shared/contracts/interactions';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { AttachmentPicker } from './attachment-picker';
import { interactionsQueryKey } from './interactions-api';
import { useAttachmentUploads } from './use-attachment-uploads';

interface AddAttachmentsModalProps {
  interaction: Interaction;
  onClose: () => void;
}

/** Long labels wrap instead of pushing a phone screen sideways. */
const wrapLabel = { label: { whiteSpace: 'normal', textAlign: 'center' } } as const;

/** Photos or documents brought back after the visit was logged, sent to the record as it stands. */
export function AddAttachmentsModal({ interaction, onClose }: AddAttachmentsModalProps) {
  const { t, locale } = useT();
  const ta = t.attachmentsUi;
  const me = useMe();
  const phone = useMediaQuery('(max-width: 48em)');
  const notify = useNotify();
  const queryClient = useQueryClient();
  // Counted once: the timeline refreshes as files arrive, and those are already in the list here.
  const [alreadyAttached] = useState(interaction.attachments.length);
  const attachments = useAttachmentUploads(alreadyAttached);
  /** After the first attempt the list only reports, as in the quick log once its record is saved. */
  const [attempted, setAttempted] = useState(false);
  const [failedCount, setFailedCount] = useState(0);
  const total = attachments.items.length;
  const done = attachments.items.filter(
    (item) => item.status === 'uploaded' || item.status === 'failed',
  ).length;
  const sendable = attempted ? attachments.retryable : attachments.items.some((item) => !item.tooLarge);

  const upload = useMutation({
    mutationFn: () => {
      setAttempted(true);
      return attachments.uploadAll(interaction.id);
    },
    onSuccess: async ({ uploaded, failed }) => {
      setFailedCount(failed);
      if (uploaded > 0) await queryClient.invalidateQueries({ queryKey: interactionsQueryKey });
      if (failed > 0) return;
      notify.success(fill(ta.addedAll, { count: uploaded }));
      onClose();
    },
  });
  // Leaving mid-upload would hide which files made it.
  const close = () => {
    if (!upload.isPending) onClose();
  };

  return (
    <Modal opened onClose={close} title={ta.addToRecordTitle} fullScreen={phone} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (sendable) upload.mutate();
        }}
        data-testid="add-attachments-form"
      >
        <Stack gap="md">
          {upload.isError && <ErrorAlert error={upload.error} />}
          <Text size="sm" c="dimmed">
            {t.interactionKinds[interaction.kind]} ·{' '}
            {formatDateTime(interaction.occurredAt, locale, me.institution.timeZone)} ·{' '}
            {interaction.partners.map((partner) => partner.name).join(', ')}
          </Text>
          <AttachmentPicker
            items={attachments.items}
            overflow={attachments.overflow}
            locked={attempted}
            alreadyAttached={alreadyAttached}
            onAdd={attachments.add}
            onRemove={attachments.remove}
          />
          {attempted && failedCount > 0 && !upload.isPending && (
            <Alert color="yellow" role="status" data-testid="add-attachments-failures">
              {fill(ta.addedWithFailures, { count: failedCount })}
            </Alert>
          )}
          {upload.isPending && total > 0 && (
            <Stack gap={4} data-testid="add-attachments-progress">
              <Text size="sm">{fill(ta.progress, { done: Math.min(done + 1, total), total })}</Text>
              <Progress value={(done / total) * 100} size="md" />
            </Stack>
          )}
          <Group grow>
            <Button
              variant="default"
              size="lg"
              onClick={close}
              disabled={upload.isPending}
              h="auto"
              mih={52}
              styles={wrapLabel}
              data-testid="add-attachments-close"
            >
              {attempted ? ta.close : t.common.cancel}
            </Button>
            {(!attempted || sendable || upload.isPending) && (
              <Button
                type="submit"
                size="lg"
                loading={upload.isPending}
                disabled={!sendable && !upload.isPending}
                h="auto"
                mih={52}
                styles={wrapLabel}
                data-testid="add-attachments-upload"
              >
                {attempted ? ta.retry : ta.upload}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
