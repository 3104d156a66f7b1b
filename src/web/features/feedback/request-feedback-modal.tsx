import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IssuedFeedbackRequest } from '../../../shared/contracts/feedback';
import type { Contact } from '../../../shared/contracts/partners';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { IssuedLinkFields } from '../../ui/issued-link-fields';
import { feedbackQueryKey, requestFeedback } from './feedback-api';

interface RequestFeedbackModalProps {
  partnerId: string;
  contacts: Contact[];
  onClose: () => void;
}

/** Pick a contact, get the single-use link and the WhatsApp draft (the share-link panel's layout). */
export function RequestFeedbackModal({ partnerId, contacts, onClose }: RequestFeedbackModalProps) {
  const { t, locale } = useT();
  const tf = t.feedbackUi;
  const zone = useMe().institution.timeZone;
  const queryClient = useQueryClient();
  const askable = contacts.filter((contact) => !contact.consentWithdrawnAt);
  const [contactId, setContactId] = useState<string | null>(askable[0]?.id ?? null);
  const [issued, setIssued] = useState<IssuedFeedbackRequest | null>(null);
  const issue = useMutation({
    mutationFn: () => requestFeedback(partnerId, contactId!),
    onSuccess: (result) => {
      setIssued(result);
      void queryClient.invalidateQueries({ queryKey: feedbackQueryKey });
    },
  });

  return (
    <Modal opened onClose={onClose} title={tf.askTitle} size="lg">
      {issued ? (
        <Stack gap="sm" data-testid="feedback-link-issued">
          <Text size="sm">
            {fill(tf.issuedIntro, { until: formatLongDateTime(issued.expiresAt, locale, zone) })}
          </Text>
          <IssuedLinkFields
            link={issued}
            texts={tf}
            testIdPrefix="feedback-link"
            rows={[6, 14]}
            onDone={onClose}
          />
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (contactId) issue.mutate();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{tf.askIntro}</Text>
            {issue.error ? <ErrorAlert error={issue.error} /> : null}
            {askable.length === 0 ? (
              <Text size="sm" c="orange.8" data-testid="feedback-no-contacts">
                {tf.noContacts}
              </Text>
            ) : (
              <Select
                label={tf.contact}
                required
                allowDeselect={false}
                data={askable.map((contact) => ({
                  value: contact.id,
                  label: contact.position ? `${contact.name} — ${contact.position}` : contact.name,
                }))}
                value={contactId}
                onChange={setContactId}
                data-testid="feedback-contact"
              />
            )}
            {askable.length < contacts.length && (
              <Text size="xs" c="dimmed">
                {tf.withdrawnNote}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t.common.cancel}
              </Button>
              <Button
                type="submit"
                disabled={!contactId}
                loading={issue.isPending}
                data-testid="feedback-link-create"
              >
                {tf.create}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
