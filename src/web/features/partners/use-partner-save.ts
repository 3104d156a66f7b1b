import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { DuplicateCandidate, Partner } from '../../../shared/contracts/partners';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';
import {
  createContact,
  createPartner,
  partnerQueryKey,
  partnersQueryKey,
  readDuplicateCandidates,
  updatePartner,
} from './partner-api';

interface SaveHandlers {
  onDuplicates: (candidates: DuplicateCandidate[]) => void;
  onError: (error: Error) => void;
}

interface CreateInput {
  partner: Record<string, unknown>;
  contact: Record<string, unknown> | null;
}

/** POST the partner (then its first contact) and open its page; a duplicate answer saves nothing. */
export function useCreatePartner({ onDuplicates, onError }: SaveHandlers) {
  const { t } = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ partner, contact }: CreateInput) => {
      const created = await createPartner(partner);
      let contactFailed = false;
      if (contact) await createContact(created.id, contact).catch(() => (contactFailed = true));
      return { created, contactFailed };
    },
    onSuccess: ({ created, contactFailed }) => {
      void queryClient.invalidateQueries({ queryKey: partnersQueryKey });
      notify.success(fill(t.partners.created, { name: created.name }));
      if (contactFailed) notify.warn(t.partners.createdContactFailed);
      void navigate({ to: '/mitra/$partnerId', params: { partnerId: created.id } });
    },
    onError: (error) => {
      const candidates = readDuplicateCandidates(error);
      if (candidates) onDuplicates(candidates);
      else onError(error);
    },
  });
}

/** PATCH with `version`; the caller handles VERSION_CONFLICT (keeping what was typed). */
export function useUpdatePartner(
  partnerId: string,
  onError: (error: Error, body: Record<string, unknown>) => void,
) {
  const { t } = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => updatePartner(partnerId, body),
    onSuccess: (updated: Partner) => {
      queryClient.setQueryData(partnerQueryKey(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: [...partnersQueryKey, 'list'] });
      notify.success(t.partners.saved);
      void navigate({ to: '/mitra/$partnerId', params: { partnerId: updated.id } });
    },
    onError,
  });
}
