import { useCallback, useEffect, useRef, useState } from 'react';
import {
  attachmentMaxBytes,
  attachmentsPerInteractionMax,
  type AttachmentKind,
} from '../../../shared/domain/interaction-attachments';
import { ApiError, isTransientFailure } from '../../lib/api-client';
import { newOutboxKey } from '../../lib/offline/outbox-entry';
import { resizePhoto } from '../../lib/offline/resize-photo';
import { uploadAttachment } from './interaction-attachments-api';

export type UploadStatus = 'waiting' | 'uploading' | 'uploaded' | 'failed';

export interface ChosenAttachment {
  key: string;
  /** Sent as `Idempotency-Key`, now or from the offline queue: the file is stored once. */
  idempotencyKey: string;
  file: File;
  kind: AttachmentKind;
  /** An object URL for a photo's thumbnail; documents have none. */
  previewUrl: string | null;
  /** Over the server's limit: kept in the list so the facilitator sees why, never sent. */
  tooLarge: boolean;
  status: UploadStatus;
  progress: number;
  error: unknown;
}

let nextKey = 0;

/**
 * Files chosen for a record, uploaded one after another once it exists. `alreadyAttached` is what
 * the record carries before these, so the per-record limit counts them too.
 */
export function useAttachmentUploads(alreadyAttached = 0) {
  const [items, setItems] = useState<ChosenAttachment[]>([]);
  const [overflow, setOverflow] = useState(false);
  // The upload loop and the add handler read the latest list, not the one of their render.
  const itemsRef = useRef(items);
  /** Photos being shrunk on the phone; a save waits for them. */
  const resizing = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    itemsRef.current = items;
  }, [items]);

  useEffect(
    () => () => {
      for (const item of itemsRef.current) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    },
    [],
  );

  const patch = useCallback((key: string, change: Partial<ChosenAttachment>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const add = useCallback(
    (files: File[], kind: AttachmentKind) => {
      const room = attachmentsPerInteractionMax - alreadyAttached - itemsRef.current.length;
      setOverflow(files.length > room);
      const chosen = files.slice(0, Math.max(0, room));
      resizing.current = resizing.current.then(async () => {
        const ready = kind === 'photo' ? await Promise.all(chosen.map(resizePhoto)) : chosen;
        const added = ready.map((file): ChosenAttachment => ({
          key: `attachment-${(nextKey += 1)}`,
          idempotencyKey: newOutboxKey(),
          file,
          kind,
          previewUrl: kind === 'photo' ? URL.createObjectURL(file) : null,
          tooLarge: file.size > attachmentMaxBytes,
          status: 'waiting',
          progress: 0,
          error: null,
        }));
        // The save reads the list at once, before React has rendered it.
        itemsRef.current = [...itemsRef.current, ...added];
        setItems(itemsRef.current);
      });
    },
    [alreadyAttached],
  );

  const remove = useCallback((key: string) => {
    setItems((current) => {
      const gone = current.find((item) => item.key === key);
      if (gone?.previewUrl) URL.revokeObjectURL(gone.previewUrl);
      return current.filter((item) => item.key !== key);
    });
    setOverflow(false);
  }, []);

  /** Sends every file not yet uploaded; one at a time, so a weak connection carries one photo well. */
  const uploadAll = useCallback(
    async (
      interactionId: string,
    ): Promise<{ uploaded: number; failed: number; unsent: ChosenAttachment[] }> => {
      let uploaded = 0;
      let failed = 0;
      const unsent: ChosenAttachment[] = [];
      for (const item of itemsRef.current) {
        if (item.status === 'uploaded') {
          uploaded += 1;
          continue;
        }
        if (item.tooLarge || (item.status === 'failed' && !isTransientFailure(item.error))) {
          failed += 1;
          continue;
        }
        patch(item.key, { status: 'uploading', progress: 0, error: null });
        try {
          await uploadAttachment(
            interactionId,
            item.file,
            (fraction) => patch(item.key, { progress: Math.round(fraction * 100) }),
            item.idempotencyKey,
          );
          patch(item.key, { status: 'uploaded', progress: 100 });
          uploaded += 1;
        } catch (error) {
          patch(item.key, { status: 'failed', error });
          failed += 1;
          if (error instanceof ApiError && error.status === 0) unsent.push(item);
        }
      }
      return { uploaded, failed, unsent };
    },
    [patch],
  );

  /** Every chosen file once the photos are shrunk: what a save sends or queues. */
  const settled = useCallback(async () => {
    await resizing.current;
    return itemsRef.current;
  }, []);

  const retryable = items.some((item) => item.status === 'failed' && isTransientFailure(item.error));
  return { items, overflow, retryable, add, remove, uploadAll, settled };
}
