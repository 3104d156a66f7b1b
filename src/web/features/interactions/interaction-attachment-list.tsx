import { useState } from 'react';
import { Anchor, Button, Group, Image, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InteractionAttachment } from '../../../shared/contracts/interaction-attachments';
import { fill } from '../../../shared/i18n/catalog';
import { ApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { ConfirmModal } from '../../ui/confirm-modal';
import { useNotify } from '../../ui/use-notify';
import { attachmentUrl, removeAttachment } from './interaction-attachments-api';
import { interactionsQueryKey } from './interactions-api';
import { formatFileSize } from './format-file-size';

interface InteractionAttachmentListProps {
  interactionId: string;
  attachments: InteractionAttachment[];
  /** Whether "Hapus lampiran" is offered: `interactions.write`. */
  canWrite: boolean;
}

/**
 * Photos as small fixed squares (a wide photo cannot push a phone screen sideways), opened full
 * size on a tap; PDFs as download links.
 */
export function InteractionAttachmentList({
  interactionId,
  attachments,
  canWrite,
}: InteractionAttachmentListProps) {
  const { t, locale } = useT();
  const ta = t.attachmentsUi;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<InteractionAttachment | null>(null);
  // Kept after the dialog closes, so its text does not vanish while it fades out.
  const [removing, setRemoving] = useState<InteractionAttachment | null>(null);
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: (attachment: InteractionAttachment) => removeAttachment(interactionId, attachment.id),
    onSuccess: async (_, attachment) => {
      notify.success(fill(ta.removed, { name: attachment.fileName }));
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: interactionsQueryKey });
    },
    onError: async (error) => {
      notify.error(error);
      // Someone else removed it meanwhile: the list here is stale, so it is read again.
      if (error instanceof ApiError && error.status === 404) {
        setConfirming(false);
        await queryClient.invalidateQueries({ queryKey: interactionsQueryKey });
      }
    },
  });
  const askToRemove = (attachment: InteractionAttachment) => {
    // The confirmation replaces the full-size view rather than stacking a second dialog over it.
    setOpen(null);
    remove.reset();
    setRemoving(attachment);
    setConfirming(true);
  };
  const photos = attachments.filter((attachment) => attachment.kind === 'photo');
  const documents = attachments.filter((attachment) => attachment.kind === 'document');
  if (attachments.length === 0) return null;
  return (
    <Stack gap={6} mt={4} data-testid="interaction-attachments">
      {photos.length > 0 && (
        <Group gap={6}>
          {photos.map((photo) => (
            <UnstyledButton
              key={photo.id}
              onClick={() => setOpen(photo)}
              aria-label={`${ta.openFull}: ${photo.caption ?? photo.fileName}`}
              data-testid="interaction-photo"
            >
              <Image
                src={attachmentUrl(interactionId, photo.id, 'thumbnail')}
                alt={fill(ta.photoAlt, { name: photo.caption ?? photo.fileName })}
                w={72}
                h={72}
                radius="sm"
                fit="cover"
                loading="lazy"
              />
            </UnstyledButton>
          ))}
        </Group>
      )}
      {documents.map((document) => (
        <Group key={document.id} gap={4} wrap="nowrap" align="center" data-testid="interaction-document">
          <Text size="sm" style={{ overflowWrap: 'anywhere', flex: 1, minWidth: 0 }}>
            {ta.document}:{' '}
            <Anchor href={attachmentUrl(interactionId, document.id)} download={document.fileName}>
              {document.fileName}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              ({formatFileSize(document.sizeBytes, locale)})
            </Text>
          </Text>
          {canWrite && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              mih={40}
              px={8}
              onClick={() => askToRemove(document)}
              aria-label={fill(ta.removeAttachmentNamed, { name: document.fileName })}
              data-testid="attachment-remove"
            >
              {ta.removeAttachment}
            </Button>
          )}
        </Group>
      ))}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.caption ?? open?.fileName}
        size="xl"
        centered
      >
        {open && (
          <Stack gap="xs">
            <Image
              src={attachmentUrl(interactionId, open.id)}
              alt={fill(ta.photoAlt, { name: open.caption ?? open.fileName })}
              fit="contain"
              mah="75vh"
              data-testid="interaction-photo-full"
            />
            <Group justify="space-between" gap="xs">
              <Anchor href={attachmentUrl(interactionId, open.id)} target="_blank" size="sm">
                {ta.openFull}
              </Anchor>
              {canWrite && (
                <Button
                  variant="light"
                  color="red"
                  size="sm"
                  mih={44}
                  onClick={() => askToRemove(open)}
                  aria-label={fill(ta.removeAttachmentNamed, { name: open.fileName })}
                  data-testid="attachment-remove"
                >
                  {ta.removeAttachment}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Modal>
      <ConfirmModal
        opened={confirming}
        title={ta.removeTitle}
        body={removing ? fill(ta.removeBody, { name: removing.fileName }) : ''}
        confirmLabel={ta.removeAttachment}
        danger
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
