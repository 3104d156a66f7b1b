import { useState } from 'react';
import { Badge, Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactSchema, type Contact } from '../../../shared/contracts/partners';
import { fill } from '../../../shared/i18n/catalog';
import { api } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { useNotify } from '../../ui/use-notify';
import { partnerQueryKey } from './partner-api';

/** "Persetujuan ditarik" once withdrawn; before that, for consent-based contacts, the action with a confirmation. */
export function ContactConsentWithdrawal({ contact, canWrite }: { contact: Contact; canWrite: boolean }) {
  const { t, locale } = useT();
  const tm = t.messagesUi;
  const me = useMe();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation({
    mutationFn: () =>
      api.post(
        `/partners/${encodeURIComponent(contact.partnerId)}/contacts/${encodeURIComponent(contact.id)}/consent-withdrawal`,
        contactSchema,
      ),
    onSuccess: () => {
      setConfirming(false);
      notify.success(tm.withdrawn);
      void queryClient.invalidateQueries({ queryKey: partnerQueryKey(contact.partnerId) });
    },
    onError: (error) => {
      setConfirming(false);
      notify.error(error);
    },
  });
  if (contact.consentWithdrawnAt) {
    return (
      <Badge color="red" variant="light" tt="none" data-testid="contact-consent-withdrawn">
        {fill(tm.consentWithdrawnOn, {
          date: formatDate(contact.consentWithdrawnAt, locale, me.institution.timeZone),
        })}
      </Badge>
    );
  }
  if (!canWrite || !contact.consent) return null;
  return (
    <>
      <Button
        variant="subtle"
        color="gray"
        size="sm"
        onClick={() => setConfirming(true)}
        data-testid="contact-withdraw-consent"
      >
        {tm.withdrawConsent}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={fill(tm.withdrawTitle, { name: contact.name })}
        body={tm.withdrawBody}
        confirmLabel={tm.withdrawConsent}
        danger
        loading={withdraw.isPending}
        onConfirm={() => withdraw.mutate()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
