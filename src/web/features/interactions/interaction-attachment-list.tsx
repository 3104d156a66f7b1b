import { useState } from 'react';
import { Anchor, Group, Image, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import type { InteractionAttachment } from '../../../shared/contracts/interaction-attachments';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { attachmentUrl } from './interaction-attachments-api';
import { formatFileSize } from './format-file-size';

interface InteractionAttachmentListProps {
  interactionId: string;
  attachments: InteractionAttachment[];
}

/**
 * Photos as small fixed squares (a wide photo cannot push a phone screen sideways), opened full
 * size on a tap; PDFs as download links.
 */
export function InteractionAttachmentList({ interactionId, attachments }: InteractionAttachmentListProps) {
  const { t, locale } = useT();
  const ta = t.attachmentsUi;
  const [open, setOpen] = useState<InteractionAttachment | null>(null);
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
        <Text size="sm" key={document.id} style={{ overflowWrap: 'anywhere' }}>
          {ta.document}:{' '}
          <Anchor href={attachmentUrl(interactionId, document.id)} download={document.fileName}>
            {document.fileName}
          </Anchor>{' '}
          <Text span size="xs" c="dimmed">
            ({formatFileSize(document.sizeBytes, locale)})
          </Text>
        </Text>
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
            <Anchor href={attachmentUrl(interactionId, open.id)} target="_blank" size="sm">
              {ta.openFull}
            </Anchor>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
