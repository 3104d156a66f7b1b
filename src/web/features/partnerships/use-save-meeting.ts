import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateMeetingRequest, Meeting } from '../../../shared/contracts/meetings';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';
import { changedMeetingFields } from './meeting-form-values';
import {
  createMeeting,
  meetingsQueryKey,
  meetingsQueryOptions,
  updateMeeting,
  uploadMeetingMaterial,
} from './meetings-api';

interface SaveMeetingOptions {
  partnershipId: string;
  /** The meeting as the form started from it; absent when scheduling a new one. */
  base: Meeting | null;
  onConflict: (latest: Meeting) => void;
  onDone: () => void;
}

interface SaveInput {
  /** The request of the form as it started (edits only send what differs from it). */
  before: CreateMeetingRequest | null;
  after: CreateMeetingRequest;
  material: File | null;
}

/**
 * Schedules (POST) or edits (PATCH with `version`, changed fields only), then attaches the material.
 * A schedule that is saved stays saved when the upload fails, so a retry uploads only.
 */
export function useSaveMeeting({ partnershipId, base, onConflict, onDone }: SaveMeetingOptions) {
  const { t } = useT();
  const tu = t.meetingsUi;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<Meeting | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: meetingsQueryKey(partnershipId) });

  const save = useMutation({
    mutationFn: async ({ before, after, material }: SaveInput) => {
      let meeting = saved;
      if (!meeting && base && before) {
        const changes = changedMeetingFields(before, after);
        meeting =
          Object.keys(changes).length > 0
            ? await updateMeeting(partnershipId, base.id, { ...changes, version: base.version })
            : base;
      }
      meeting ??= await createMeeting(partnershipId, after);
      setSaved(meeting);
      if (material) await uploadMeetingMaterial(partnershipId, meeting.id, material);
    },
    onSuccess: async () => {
      notify.success(base ? tu.updated : tu.scheduled);
      await refresh();
      onDone();
    },
    onError: async (error) => {
      if (base && !saved && isApiError(error, 'VERSION_CONFLICT')) {
        const latest = await queryClient
          .fetchQuery({ ...meetingsQueryOptions(partnershipId), staleTime: 0 })
          .catch(() => null);
        const fresh = latest?.items.find((item) => item.id === base.id);
        if (fresh) onConflict(fresh);
        return;
      }
      if (saved) await refresh();
    },
  });
  return { save, saved };
}
