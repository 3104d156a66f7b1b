import { useState } from 'react';
import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { ConfirmModal } from '../../ui/confirm-modal';
import { useNotify } from '../../ui/use-notify';
import { agreementQueryKey, agreementsQueryKey, deleteAgreement } from './agreements-api';

/** A draft nobody has reviewed yet may go; anything further along stays in the history. */
export function DeleteDraftButton({ agreementId, version }: { agreementId: string; version: number }) {
  const { t } = useT();
  const tf = t.agreementForm;
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteAgreement(agreementId, version),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: agreementQueryKey(agreementId) });
      void queryClient.invalidateQueries({ queryKey: agreementsQueryKey });
      notify.success(tf.deleted);
      void navigate({ to: '/kesepakatan' });
    },
    onError: (error) => {
      setConfirming(false);
      notify.error(error);
    },
  });
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setConfirming(true)} data-testid="agreement-delete">
        {tf.delete}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={tf.deleteTitle}
        body={tf.deleteBody}
        confirmLabel={tf.delete}
        danger
        loading={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
