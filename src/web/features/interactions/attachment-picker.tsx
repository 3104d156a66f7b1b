import { useRef, useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Image,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import {
  attachmentDocumentTypes,
  attachmentPhotoTypes,
  attachmentsPerInteractionMax,
  type AttachmentKind,
} from '../../../shared/domain/interaction-attachments';
import { fill } from '../../../shared/i18n/catalog';
import { describeError } from '../../lib/describe-error';
import { useT } from '../../lib/i18n';
import { formatFileSize } from './format-file-size';
import type { ChosenAttachment } from './use-attachment-uploads';

interface AttachmentPickerProps {
  items: ChosenAttachment[];
  overflow: boolean;
  /** After the record is saved the list only reports; nothing can be added or taken away. */
  locked: boolean;
  /** Attachments the record already has, when adding to one logged earlier. */
  alreadyAttached?: number;
  onAdd: (files: File[], kind: AttachmentKind) => void;
  onRemove: (key: string) => void;
}

function ChosenItem({
  item,
  locked,
  onRemove,
}: {
  item: ChosenAttachment;
  locked: boolean;
  onRemove: (key: string) => void;
}) {
  const { t, locale } = useT();
  const ta = t.attachmentsUi;
  // The phone could not draw it either: the server will most likely refuse it too.
  const [unreadable, setUnreadable] = useState(false);
  return (
    <Paper withBorder radius="md" p={6} data-testid="chosen-attachment" data-status={item.status}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {item.previewUrl && !unreadable ? (
          <Image
            src={item.previewUrl}
            alt={item.file.name}
            w={56}
            h={56}
            radius="sm"
            fit="cover"
            onError={() => setUnreadable(true)}
          />
        ) : (
          <Badge
            size="lg"
            radius="sm"
            variant="light"
            color={item.kind === 'photo' ? 'gray' : 'red'}
            w={56}
            h={56}
            p={0}
          >
            {item.kind === 'photo' ? '?' : 'PDF'}
          </Badge>
        )}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" truncate="end">
            {item.file.name}
          </Text>
          <Text size="xs" c="dimmed">
            {formatFileSize(item.file.size, locale)}
          </Text>
          {item.tooLarge ? (
            <Text size="xs" c="red.8">
              {ta.tooLarge}
            </Text>
          ) : item.status === 'uploading' ? (
            <>
              <Progress value={item.progress} size="sm" aria-label={item.file.name} animated />
              <Text size="xs">{fill(ta.uploading, { percent: item.progress })}</Text>
            </>
          ) : item.status === 'uploaded' ? (
            <Text size="xs" c="teal.8">
              {ta.uploaded}
            </Text>
          ) : item.status === 'failed' ? (
            <Text size="xs" c="red.8" data-testid="chosen-attachment-error">
              {ta.failed}: {describeError(item.error, t).message}
            </Text>
          ) : locked ? (
            <Text size="xs" c="dimmed">
              {ta.waiting}
            </Text>
          ) : null}
        </Stack>
        {!locked && (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => onRemove(item.key)}
            aria-label={fill(ta.remove, { name: item.file.name })}
          >
            ×
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}

/** Long labels wrap instead of pushing a phone screen sideways. */
const wrapLabel = { label: { whiteSpace: 'normal', textAlign: 'center' } } as const;

/** "Tambah foto" opens the camera on a phone; "Lampirkan dokumen" picks a PDF. */
export function AttachmentPicker({
  items,
  overflow,
  locked,
  alreadyAttached = 0,
  onAdd,
  onRemove,
}: AttachmentPickerProps) {
  const { t } = useT();
  const ta = t.attachmentsUi;
  const photoInput = useRef<HTMLInputElement>(null);
  const documentInput = useRef<HTMLInputElement>(null);
  const room = attachmentsPerInteractionMax - alreadyAttached;
  const full = items.length >= room;
  const take = (input: HTMLInputElement, kind: AttachmentKind) => {
    onAdd(Array.from(input.files ?? []), kind);
    // Cleared so choosing the same file again after removing it fires a change.
    input.value = '';
  };
  return (
    <Stack gap="xs" data-testid="attachment-picker">
      {!locked && (
        <>
          <SimpleGrid cols={2}>
            <Button
              variant="light"
              size="md"
              onClick={() => photoInput.current?.click()}
              disabled={full}
              h="auto"
              mih={48}
              py={8}
              styles={wrapLabel}
              data-testid="attachment-add-photo"
            >
              {ta.addPhoto}
            </Button>
            <Button
              variant="light"
              size="md"
              onClick={() => documentInput.current?.click()}
              disabled={full}
              h="auto"
              mih={48}
              py={8}
              styles={wrapLabel}
              data-testid="attachment-add-document"
            >
              {ta.addDocument}
            </Button>
          </SimpleGrid>
          <input
            ref={photoInput}
            type="file"
            accept={attachmentPhotoTypes.join(',')}
            capture="environment"
            multiple
            hidden
            onChange={(event) => take(event.currentTarget, 'photo')}
            data-testid="attachment-photo-input"
          />
          <input
            ref={documentInput}
            type="file"
            accept={attachmentDocumentTypes.join(',')}
            multiple
            hidden
            onChange={(event) => take(event.currentTarget, 'document')}
            data-testid="attachment-document-input"
          />
          <Text size="xs" c="dimmed">
            {fill(ta.hint, { max: attachmentsPerInteractionMax })}
          </Text>
          {alreadyAttached > 0 && (
            <Text size="xs" c={room > 0 ? 'dimmed' : 'orange.8'} data-testid="attachment-room">
              {room > 0
                ? fill(ta.alreadyAttached, { count: alreadyAttached, room })
                : fill(t.errors.ATTACHMENT_LIMIT_REACHED, { max: attachmentsPerInteractionMax })}
            </Text>
          )}
        </>
      )}
      {overflow && (
        <Text size="xs" c="orange.8">
          {fill(ta.tooMany, { max: attachmentsPerInteractionMax })}
        </Text>
      )}
      {items.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {items.map((item) => (
            <ChosenItem key={item.key} item={item} locked={locked} onRemove={onRemove} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
